#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Proves that a project file is sound: SQLite's own integrity and foreign-key checks, the schema
// against the one this build creates, and the domain rules that no single constraint can state
// (a report belongs to a visit that was done, answers belong to the report's questionnaire...),
// and the stored scores against a fresh rescoring of the answers.
class ProjectChecker
{
    Q_DECLARE_TR_FUNCTIONS(ProjectChecker)

public:
    struct Problem
    {
        QString rule;    // stable identifier, e.g. "foreign-keys"
        QString message; // what is wrong, for people
        qint64 count = 0;
    };

    struct Options
    {
        bool quick = false; // PRAGMA quick_check instead of the full integrity_check
    };

    // Runs every check; progress gets (step, steps) and may return false to cancel.
    static QList<Problem> check(const QSqlDatabase& db, const Options& options,
                                const std::function<bool(int, int)>& progress = {});
    static QJsonObject toJson(const QList<Problem>& problems);
};
