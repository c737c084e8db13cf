#pragma once

#include "project/ProjectError.h"

#include <QSqlDatabase>
#include <QString>

// What a brand-new programme starts with: its settings row, English as the source language,
// a neutral palette and the usual red / amber / green score bands.
class ProgrammeDefaults
{
public:
    static bool write(const QSqlDatabase& db, const QString& programmeName, ProjectError* error);
};
