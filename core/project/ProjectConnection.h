#pragma once

#include "ProjectError.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// One named QSqlDatabase connection to a project file, owned by one thread. Opening switches on
// foreign keys (and checks that they are on), keeps the rollback journal (no -wal/-shm files
// beside a file users copy around) and waits briefly for a busy file. Destroying it removes the
// connection, so nothing keeps the file open.
class ProjectConnection
{
public:
    ProjectConnection();
    ~ProjectConnection();
    ProjectConnection(const ProjectConnection&) = delete;
    ProjectConnection& operator=(const ProjectConnection&) = delete;

    bool open(const QString& path, bool readOnly, ProjectError* error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    QString connectionName() const { return m_name; }
    // The native handle for bulk work that QSqlQuery would slow down by an order of magnitude.
    sqlite3* handle() const { return handleOf(database()); }
    static sqlite3* handleOf(const QSqlDatabase& db);

private:
    QString m_name;
};
