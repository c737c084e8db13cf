#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"

#include <QStringList>

class Project;

// Deletes locations with their opening hours and attributes; undo puts them back with the same
// ids. A location that visits use cannot be deleted (the file refuses; deactivate it instead).
class DeleteLocationsCommand : public UndoCommand
{
public:
    DeleteLocationsCommand(Project* project, const QStringList& codes);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    Project* m_project;
    QStringList m_codes;
    std::vector<RowSnapshot> m_rows; // locations first, then their children
};
