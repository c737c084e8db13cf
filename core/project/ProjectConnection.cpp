#include "ProjectConnection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

ProjectConnection::ProjectConnection()
    : m_name(QStringLiteral("shopscope-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

ProjectConnection::~ProjectConnection()
{
    close();
}

bool ProjectConnection::open(const QString& path, bool readOnly, ProjectError* error)
{
    close();
    const QString shown = QDir::toNativeSeparators(path);
    ProjectError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QSqlError sqlError = db.lastError();
            failure = ProjectError::make(ProjectError::codeForSqlite(sqlError.nativeErrorCode().toInt()),
                                         ProjectError::tr("Cannot open “%1”: %2.").arg(shown, sqlError.databaseText()));
        } else {
            QSqlQuery query(db);
            // Outside any transaction, or the pragma does nothing; read back to be sure it took.
            query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            query.exec(QStringLiteral("PRAGMA foreign_keys"));
            const bool foreignKeysOn = query.next() && query.value(0).toInt() == 1;
            query.finish();
            // Reading the schema is the first real read: a damaged file fails here.
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
                const QSqlError sqlError = query.lastError();
                const ProjectError::Code code = ProjectError::codeForSqlite(sqlError.nativeErrorCode().toInt());
                failure = ProjectError::make(code == ProjectError::Code::Sql ? ProjectError::Code::Corrupt : code,
                                             ProjectError::tr("“%1” cannot be read: %2. Restore it from a copy.")
                                                 .arg(shown, sqlError.databaseText()));
            } else if (!foreignKeysOn) {
                failure = ProjectError::make(
                    ProjectError::Code::Sql,
                    ProjectError::tr("Cannot open “%1”: this SQLite build cannot enforce foreign keys.").arg(shown));
            } else if (!readOnly) {
                query.finish();
                query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
                query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
            }
        }
        if (failure)
            db.close();
    }
    if (failure) {
        QSqlDatabase::removeDatabase(m_name);
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void ProjectConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ProjectConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase ProjectConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

sqlite3* ProjectConnection::handleOf(const QSqlDatabase& db)
{
    if (!db.isValid())
        return nullptr;
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(value.data());
}
