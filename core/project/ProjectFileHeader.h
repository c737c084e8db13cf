#pragma once

#include "ProjectError.h"

#include <QString>

// What the first 100 bytes of a file say about it, read without handing the file to SQLite,
// so that a file that is not ours is refused before anything could write to it.
class ProjectFileHeader
{
public:
    bool isSqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    bool pageCountValid = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    qint64 fileSize = 0;

    // Reads the header; sets *error and returns false when the file cannot be a project that
    // this build can open (missing, unreadable, not SQLite, truncated, foreign, newer).
    static bool inspect(const QString& path, ProjectFileHeader* header, ProjectError* error);
};
