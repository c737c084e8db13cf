#pragma once

#include "UndoCommand.h"

#include <QStringList>

class Project;

// Changes the programme's list of languages (and their order). Removing a language that texts
// still use is refused by the file's foreign keys, so no text is ever lost silently.
class SetProgrammeLanguagesCommand : public UndoCommand
{
public:
    SetProgrammeLanguagesCommand(Project* project, const QStringList& before, const QStringList& after);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    bool apply(const QStringList& languages, QString* error);

    Project* m_project;
    QStringList m_before;
    QStringList m_after;
};
