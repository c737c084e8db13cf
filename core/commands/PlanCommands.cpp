#include "PlanCommands.h"

#include "UndoStack.h"
#include "planning/VisitGenerator.h"
#include "project/Project.h"

namespace Command {

std::unique_ptr<UndoCommand> visitGeneration(Project* project, const PlanProposal& proposal,
                                             GenerateVisitsCommand::StoreRules store, QString* error)
{
    if (proposal.visits.empty() && proposal.replacedVisits.isEmpty() && store == GenerateVisitsCommand::StoreRules::No) {
        if (error)
            *error = VisitGenerator::tr("wave %1 already has every visit the plan asks for").arg(proposal.waveCode);
        return nullptr;
    }
    return std::make_unique<GenerateVisitsCommand>(project, proposal, store);
}

bool generateVisits(Project* project, const PlanProposal& proposal, GenerateVisitsCommand::StoreRules store, QString* error)
{
    auto command = visitGeneration(project, proposal, store, error);
    return command && project->undoStack()->push(std::move(command), error);
}

} // namespace Command
