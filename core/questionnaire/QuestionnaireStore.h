#pragma once

#include "Questionnaire.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Questionnaire versions in the project file: read one into memory, write one as a new version,
// list them. Writing runs inside the caller's transaction (Project::write).
class QuestionnaireStore
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireStore)

public:
    struct VersionInfo
    {
        qint64 versionId = 0;
        QString code;
        QString name;
        QString channel;
        int number = 0;
        QString status;
        qint64 questions = 0;
        qint64 responses = 0;
    };

    static QList<VersionInfo> list(const QSqlDatabase& db, QString* error);
    // Finds a version by "CODE" (the latest version) or "CODE:N"; sets *error when there is none.
    static std::optional<qint64> findVersion(const QSqlDatabase& db, const QString& reference, QString* error);
    static std::optional<Questionnaire> load(const QSqlDatabase& db, qint64 versionId, QString* error);
    // Writes a new draft version (version 1 of a new questionnaire, or the next version of an
    // existing one with the same code); adds languages the programme does not list yet.
    static std::optional<qint64> insertVersion(const QSqlDatabase& db, const Questionnaire& questionnaire,
                                               QString* error);
    // Replaces the sections, questions, options and texts of a version (and its name and
    // scoring mode) with those of `questionnaire`.
    static bool replaceContent(const QSqlDatabase& db, qint64 versionId, const Questionnaire& questionnaire,
                               QString* error);
    // "draft" or "frozen"; empty when the version does not exist.
    static QString status(const QSqlDatabase& db, qint64 versionId);
};
