#pragma once

#include "UndoCommand.h"

#include <QString>

class Project;

// Stores the programme's assignment rules (a JSON document; empty: back to the defaults).
// Undo puts back the document there was, or its absence.
class SetAssignmentRulesCommand : public UndoCommand
{
public:
    SetAssignmentRulesCommand(Project* project, const QString& oldJson, const QString& newJson);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    bool store(const QString& json, QString* error);

    Project* m_project;
    QString m_old;
    QString m_new;
};
