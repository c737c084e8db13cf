#pragma once

#include "programme/ProgrammeField.h"

#include <QString>
#include <QStringList>
#include <QVariant>

class Project;

// The edits the UI makes to programme settings. Each goes through the project's undo stack and
// is one transaction; an edit that changes nothing is not recorded.
namespace Command {
bool setProgrammeField(Project* project, ProgrammeField::Field field, const QVariant& value, QString* error);
// Sets the programme's languages in order (codes such as en, sv, nb, lv, pl); the source and
// report languages must stay in the list.
bool setProgrammeLanguages(Project* project, const QStringList& languages, QString* error);
}
