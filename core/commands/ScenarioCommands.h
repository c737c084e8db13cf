#pragma once

#include "planning/Scenario.h"

#include <QStringList>

#include <optional>

class Project;

// The edits of scenarios; each is one undo step and one transaction.
namespace Command {
// Adds a scenario (originalCode empty) or changes the one that had originalCode (its code may
// change to another free one). The scenario is tidied and checked first; the problems, if any,
// are listed in *problems (one per line, each naming its field) and nothing changes. Saving a
// scenario unchanged succeeds without an undo step.
bool saveScenario(Project* project, const Scenario& scenario, const QString& originalCode, QString* problems);
// Adds a copy of a scenario under newCode (empty: CODE-2, CODE-3...). Returns the copy's code.
std::optional<QString> duplicateScenario(Project* project, const QString& code, const QString& newCode, QString* error);
// Deletes scenarios with their texts and requirements; refused for a scenario that visits play.
bool deleteScenarios(Project* project, const QStringList& codes, QString* error);
} // namespace Command
