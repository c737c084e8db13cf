#pragma once

#include "planning/LocationImport.h"

#include <QHash>
#include <QStringList>

#include <memory>

class Project;
class UndoCommand;

namespace Command {
// The undo step that writes an import plan, not yet applied (a window runs it on a worker
// thread: see BackgroundEdit); null, with the reason, when the plan cannot be imported.
std::unique_ptr<UndoCommand> locationImport(Project* project, const LocationImport::Plan& plan, const QString& fileName,
                                            bool validRowsOnly, QString* error);
// Writes an import plan as one undo step. A plan with errors is refused unless validRowsOnly
// (the user chose to import the valid rows and leave the others out).
bool importLocations(Project* project, const LocationImport::Plan& plan, const QString& fileName, bool validRowsOnly,
                     QString* error);
// Adds or changes one location from a form: values by field key ("code", "name", "latitude"...,
// as LocationImport::fieldKey), checked exactly as a row of an imported file. A code that exists
// is updated. Opening hours come as "hours_mon" ... "hours_sun" ("09:00–12:00, 13:00–18:00";
// empty: closed). The problems, if any, are listed in *problems (one per line, "Tuesday: 18:00 is
// not after 19:00") and nothing changes.
bool saveLocation(Project* project, const QHash<QString, QString>& values, QString* problems);
// The same, and the location's attributes become exactly `attributes`; all in one undo step.
bool saveLocation(Project* project, const QHash<QString, QString>& values, const LocationImport::Attributes& attributes,
                  QString* problems);
// Deletes locations (with their hours and attributes); refused for a location visits use.
bool deleteLocations(Project* project, const QStringList& codes, QString* error);
} // namespace Command
