#pragma once

#include "RowSnapshot.h"

// The rows of one questionnaire version (its own row, sections, questions, options and every
// text), parents before children, so that restoring them in order works.
class VersionRows
{
public:
    static bool capture(const QSqlDatabase& db, qint64 versionId, std::vector<RowSnapshot>* rows, QString* error);
};
