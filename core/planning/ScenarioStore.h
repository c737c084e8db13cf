#pragma once

#include "Scenario.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Scenarios in the project file: read one by code, write one (inside the caller's transaction),
// and the values an editor offers (tags and languages already in use).
class ScenarioStore
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioStore)

public:
    static std::optional<qint64> idOf(const QSqlDatabase& db, const QString& code);
    // Sets *error ("there is no scenario X") when the code is unknown.
    static std::optional<Scenario> load(const QSqlDatabase& db, const QString& code, QString* error);
    // Updates scenario `id` (texts and requirements replaced), or inserts a new one when id is
    // empty. Returns the scenario's id.
    static std::optional<qint64> write(const QSqlDatabase& db, std::optional<qint64> id, const Scenario& scenario,
                                       QString* error);
    static qint64 visitCount(const QSqlDatabase& db, qint64 id);
    // A free code for a copy of `code`: CODE-2, CODE-3...
    static QString copyCode(const QSqlDatabase& db, const QString& code);
    // Tags of the panel and of other scenarios, sorted: what an editor offers as completions.
    static QStringList knownTags(const QSqlDatabase& db);
    // The programme's languages first (in order), then those shoppers speak or scenarios require.
    static QStringList knownLanguages(const QSqlDatabase& db);
    // The programme's languages in order, and its source language.
    static QStringList programmeLanguages(const QSqlDatabase& db);
    static QString sourceLanguage(const QSqlDatabase& db);
};
