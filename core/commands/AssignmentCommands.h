#pragma once

#include "AssignVisitsCommand.h"

#include <memory>
#include <optional>

class Project;
struct AssignmentProblem;
struct AssignmentResult;
struct AssignmentRules;

// The edits of assignment; each is one undo step and one transaction.
namespace Command {
// Writes a solver result: every open visit whose shopper changes (assigned, or back to planned
// when an earlier automatic assignment is dropped). Refuses when nothing would change or when a
// visit changed since the problem was read.
bool assignVisits(Project* project, const AssignmentProblem& problem, const AssignmentResult& result, QString* error);
// The same edit, not yet done, for BackgroundEdit (a run of thousands of visits from the window);
// null, with *error set, when nothing would change.
std::unique_ptr<UndoCommand> assignment(Project* project, const AssignmentProblem& problem, const AssignmentResult& result,
                                        QString* error);
// The changes a result makes to the problem's open visits (what assignVisits writes).
std::vector<AssignVisitsCommand::Change> assignmentChanges(const AssignmentProblem& problem, const AssignmentResult& result);
// Stores the programme's assignment rules; nothing: back to the defaults.
bool setAssignmentRules(Project* project, const std::optional<AssignmentRules>& rules, QString* error);
} // namespace Command
