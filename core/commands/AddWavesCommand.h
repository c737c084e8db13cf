#pragma once

#include "UndoCommand.h"
#include "planning/WaveSeries.h"

class Project;

// Creates waves (one or a series). Undo removes them, which the file refuses once a wave has
// visits, so no planned visit is ever lost by an undo.
class AddWavesCommand : public UndoCommand
{
public:
    AddWavesCommand(Project* project, const std::vector<WaveSeries::Wave>& waves);

    bool redo(QString* error) override;
    bool undo(QString* error) override;
    const QList<qint64>& ids() const { return m_ids; }

private:
    Project* m_project;
    std::vector<WaveSeries::Wave> m_waves;
    QList<qint64> m_ids; // kept so a redo recreates the same rows
};
