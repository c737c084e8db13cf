#pragma once

#include "GenerateVisitsCommand.h"

class Project;

namespace Command {
// Writes a generated plan as one undo step (see GenerateVisitsCommand).
bool generateVisits(Project* project, const PlanProposal& proposal, GenerateVisitsCommand::StoreRules store, QString* error);
} // namespace Command
