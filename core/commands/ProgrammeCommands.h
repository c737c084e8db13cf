#pragma once

#include "programme/ProgrammeField.h"

#include <QString>
#include <QVariant>

class Project;

// The edits the UI makes to programme settings. Each goes through the project's undo stack and
// is one transaction; an edit that changes nothing is not recorded.
namespace Command {
bool setProgrammeField(Project* project, ProgrammeField::Field field, const QVariant& value, QString* error);
}
