#pragma once

#include "UndoCommand.h"

class Project;

// Moves a wave to another status (the rules are checked by Command::setWaveStatus).
class SetWaveStatusCommand : public UndoCommand
{
public:
    SetWaveStatusCommand(Project* project, qint64 waveId, const QString& code, const QString& from, const QString& to);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    bool apply(const QString& status, QString* error);

    Project* m_project;
    qint64 m_waveId;
    QString m_from;
    QString m_to;
};
