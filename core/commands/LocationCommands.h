#pragma once

#include "planning/LocationImport.h"

class Project;

namespace Command {
// Writes an import plan as one undo step. A plan with errors is refused unless validRowsOnly
// (the user chose to import the valid rows and leave the others out).
bool importLocations(Project* project, const LocationImport::Plan& plan, const QString& fileName, bool validRowsOnly,
                     QString* error);
} // namespace Command
