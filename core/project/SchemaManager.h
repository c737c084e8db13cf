#pragma once

#include "ProjectError.h"

#include <QString>

#include <vector>

class QSqlDatabase;

// The numbered schema steps of a project file. Each step runs in its own transaction that also
// sets PRAGMA user_version, so a file is always at exactly one step; a failed step rolls back.
class SchemaManager
{
public:
    // "SHSC": marks our files in the SQLite header (PRAGMA application_id).
    static constexpr qint32 applicationId = 0x53485343;
    static constexpr int currentVersion = 6;

    struct Step
    {
        int version;
        QString script; // SQL text of the step
    };

    // The steps this build knows, in order (read from the :/schema resources).
    static std::vector<Step> steps();

    // Brings the database up to the last of the given steps. The database must have foreign
    // keys switched on already (that pragma is a no-op inside a transaction).
    static bool migrate(const QSqlDatabase& db, const std::vector<Step>& steps, const QString& fileName,
                        ProjectError* error);
    static bool migrate(const QSqlDatabase& db, const QString& fileName, ProjectError* error)
    {
        return migrate(db, steps(), fileName, error);
    }

    static int userVersion(const QSqlDatabase& db);
    static qint32 readApplicationId(const QSqlDatabase& db);
};
