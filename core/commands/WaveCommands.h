#pragma once

#include "planning/WaveSeries.h"

#include <QList>
#include <QString>

#include <optional>

class Project;

// The edits of waves; each is one undo step and one transaction.
namespace Command {
// Creates the waves (all or none); returns their ids.
std::optional<QList<qint64>> addWaves(Project* project, const std::vector<WaveSeries::Wave>& waves, QString* error);
// Moves a wave (by code) to a status, if the lifecycle rules allow it.
bool setWaveStatus(Project* project, const QString& waveCode, const QString& status, QString* error);
} // namespace Command
