#include "SchemaManager.h"

#include "SqlScript.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

static void initSchemaResources()
{
    // The schema scripts live in the core library's resources; a static library must register them.
    Q_INIT_RESOURCE(schema);
}

std::vector<SchemaManager::Step> SchemaManager::steps()
{
    initSchemaResources();
    static const char* const files[] = {":/schema/001_initial.sql", ":/schema/002_frozen_versions.sql",
                                         ":/schema/003_closed_waves.sql", ":/schema/004_assignment.sql",
                                         ":/schema/005_scores.sql", ":/schema/006_chart_style.sql"};
    std::vector<Step> result;
    int version = 0;
    for (const char* name : files) {
        QFile file(QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Schema resource %s is missing from the build", name);
        result.push_back({++version, QString::fromUtf8(file.readAll())});
    }
    return result;
}

int SchemaManager::userVersion(const QSqlDatabase& db)
{
    QSqlQuery query(QStringLiteral("PRAGMA user_version"), db);
    return query.next() ? query.value(0).toInt() : -1;
}

qint32 SchemaManager::readApplicationId(const QSqlDatabase& db)
{
    QSqlQuery query(QStringLiteral("PRAGMA application_id"), db);
    return query.next() ? query.value(0).toInt() : 0;
}

bool SchemaManager::migrate(const QSqlDatabase& db, const std::vector<Step>& steps, const QString& fileName,
                            ProjectError* error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    const int from = userVersion(db);
    if (from < 0) {
        if (error)
            *error = ProjectError::make(ProjectError::Code::Corrupt,
                                        ProjectError::tr("Cannot read the format version of “%1”.").arg(shown));
        return false;
    }
    for (const Step& step : steps) {
        if (step.version <= from)
            continue;
        Transaction transaction(db);
        QString message;
        bool ok = transaction.begin(&message) && SqlScript::execute(db, step.script, &message);
        if (ok) {
            // Both pragmas take no bound values; the numbers are our own constants.
            QSqlQuery pragma(db);
            ok = pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
                 && pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            if (!ok)
                message = pragma.lastError().databaseText();
        }
        if (ok) {
            // Foreign keys are checked for the whole file before the step may commit.
            QSqlQuery check(QStringLiteral("PRAGMA foreign_key_check"), db);
            if (check.next()) {
                ok = false;
                message = ProjectError::tr("a foreign key in table %1 points nowhere").arg(check.value(0).toString());
            }
        }
        if (ok)
            ok = transaction.commit(&message);
        if (!ok) {
            transaction.rollback();
            if (error)
                *error = ProjectError::make(
                    ProjectError::Code::Sql,
                    ProjectError::tr("Could not bring “%1” to file format %2; the file is unchanged: %3")
                        .arg(shown)
                        .arg(step.version)
                        .arg(message));
            return false;
        }
    }
    return true;
}
