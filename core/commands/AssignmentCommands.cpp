#include "AssignmentCommands.h"

#include "SetAssignmentRulesCommand.h"
#include "UndoStack.h"
#include "assignment/AssignmentProblem.h"
#include "assignment/AssignmentResult.h"
#include "assignment/AssignmentSolver.h"
#include "project/Project.h"

#include <QJsonDocument>

namespace Command {

std::vector<AssignVisitsCommand::Change> assignmentChanges(const AssignmentProblem& problem, const AssignmentResult& result)
{
    std::vector<int> shopperOf(problem.visits.size(), -1);
    for (const auto& assignment : result.assignments)
        shopperOf[size_t(assignment.visit)] = assignment.shopper;
    std::vector<AssignVisitsCommand::Change> changes;
    for (size_t v = 0; v < problem.visits.size(); ++v) {
        const auto& visit = problem.visits[v];
        if (!visit.open || visit.shopper == shopperOf[v])
            continue;
        AssignVisitsCommand::Change change;
        change.visitId = visit.id;
        change.shopperId = shopperOf[v] >= 0 ? problem.shoppers[size_t(shopperOf[v])].id : 0;
        change.expectedStatus = visit.status;
        change.expectedShopperId = visit.shopper >= 0 ? problem.shoppers[size_t(visit.shopper)].id : 0;
        change.expectedAssignedBy = visit.assignedBy;
        changes.push_back(change);
    }
    return changes;
}

std::unique_ptr<UndoCommand> assignment(Project* project, const AssignmentProblem& problem, const AssignmentResult& result,
                                        QString* error)
{
    auto changes = assignmentChanges(problem, result);
    if (changes.empty()) {
        if (error)
            *error = AssignmentSolver::tr("nothing to change in wave %1").arg(problem.wave().code);
        return nullptr;
    }
    return std::make_unique<AssignVisitsCommand>(project, problem.wave().code, std::move(changes));
}

bool assignVisits(Project* project, const AssignmentProblem& problem, const AssignmentResult& result, QString* error)
{
    auto command = assignment(project, problem, result, error);
    return command && project->undoStack()->push(std::move(command), error);
}

bool setAssignmentRules(Project* project, const std::optional<AssignmentRules>& rules, QString* error)
{
    const QString old = AssignmentRules::storedJson(project->database());
    const QString json = rules ? QString::fromUtf8(QJsonDocument(rules->toJson()).toJson(QJsonDocument::Compact)) : QString();
    if (old == json) {
        if (error)
            *error = AssignmentRules::tr("the assignment rules are like that already");
        return false;
    }
    return project->undoStack()->push(std::make_unique<SetAssignmentRulesCommand>(project, old, json), error);
}

} // namespace Command
