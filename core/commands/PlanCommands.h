#pragma once

#include "GenerateVisitsCommand.h"

#include <memory>

class Project;

namespace Command {
// The undo step that writes a generated plan, not yet applied (a window runs it on a worker
// thread: see BackgroundEdit); null, with the reason, when there is nothing to write.
std::unique_ptr<UndoCommand> visitGeneration(Project* project, const PlanProposal& proposal,
                                             GenerateVisitsCommand::StoreRules store, QString* error);
// Writes a generated plan as one undo step (see GenerateVisitsCommand).
bool generateVisits(Project* project, const PlanProposal& proposal, GenerateVisitsCommand::StoreRules store, QString* error);
} // namespace Command
