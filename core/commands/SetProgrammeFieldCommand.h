#pragma once

#include "UndoCommand.h"
#include "programme/ProgrammeField.h"

#include <QVariant>

class Project;

// Changes one programme setting. Repeated edits of the same field merge into one step, and an
// edit back to the original value drops out of the history.
class SetProgrammeFieldCommand : public UndoCommand
{
public:
    SetProgrammeFieldCommand(Project* project, ProgrammeField::Field field, const QVariant& oldValue,
                             const QVariant& newValue);

    bool redo(QString* error) override;
    bool undo(QString* error) override;
    int id() const override;
    bool mergeWith(const UndoCommand* other) override;
    bool isObsolete() const override;

private:
    bool apply(const QVariant& value, QString* error);

    Project* m_project;
    ProgrammeField::Field m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};
