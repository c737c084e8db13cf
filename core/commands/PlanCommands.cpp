#include "PlanCommands.h"

#include "UndoStack.h"
#include "planning/VisitGenerator.h"
#include "project/Project.h"

namespace Command {

bool generateVisits(Project* project, const PlanProposal& proposal, GenerateVisitsCommand::StoreRules store, QString* error)
{
    if (proposal.visits.empty() && proposal.replacedVisits.isEmpty() && store == GenerateVisitsCommand::StoreRules::No) {
        if (error)
            *error = VisitGenerator::tr("wave %1 already has every visit the plan asks for").arg(proposal.waveCode);
        return false;
    }
    return project->undoStack()->push(std::make_unique<GenerateVisitsCommand>(project, proposal, store), error);
}

} // namespace Command
