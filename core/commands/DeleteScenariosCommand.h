#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"

#include <QStringList>

class Project;

// Deletes scenarios with their texts and requirements; undo puts them back with the same ids.
// A scenario that visits play cannot be deleted (make it inactive instead): the command refuses
// with the number of visits, and the file would refuse too.
class DeleteScenariosCommand : public UndoCommand
{
public:
    DeleteScenariosCommand(Project* project, const QStringList& codes);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    Project* m_project;
    QStringList m_codes;
    std::vector<RowSnapshot> m_rows; // scenarios first, then their texts and requirements
};
