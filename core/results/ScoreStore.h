#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// The scored results store (docs/results.md): the visit, section and question scores of every
// report, computed by the one scoring engine and kept in the file so that charts never rescore
// millions of answers. Stored scores are derived data, not a user's edit: they are written
// inside the caller's transaction (Project::write) and never through the undo stack.
//
// Every report has a visit_score row (also when nothing applicable was answered), a
// section_score row per section with a score, and a question_scores row with its question
// scores packed. A visit score row carries the fingerprint of the scoring rules it was computed
// with; a report without scores or with another fingerprint than its version's has stale scores.
class ScoreStore
{
    Q_DECLARE_TR_FUNCTIONS(ScoreStore)

public:
    // 0-100; false stops the work (it then fails with "cancelled" and the caller rolls back).
    using Progress = std::function<bool(int percent)>;

    struct Counts
    {
        qint64 responses = 0; // reports scored (one visit_score row each)
        qint64 sections = 0; // section_score rows
        qint64 questions = 0; // question scores (not NaN) in the packed rows
        qint64 versions = 0; // questionnaire versions (one scoring plan each)
    };

    // Replaces every stored score of the file with a fresh rescoring of every report, whatever
    // its status (which reports count is the aggregation's choice). computedAt is stored as
    // visit_score.computed_at (ISO 8601). Progress defaults to the worker's (WorkerWrites).
    static bool rescoreAll(const QSqlDatabase& db, const QString& computedAt, Counts* counts, QString* error,
                           const Progress& progress = {});
    // The same for some reports only (after an entry, an import, a QC decision that edits answers).
    static bool rescore(const QSqlDatabase& db, const QList<qint64>& responseIds, const QString& computedAt,
                        Counts* counts, QString* error);

    // Reports whose stored scores are missing or were computed under other scoring rules than
    // their version's now (an older engine): the window shows "results are being refreshed"
    // while this is not 0.
    static std::optional<qint64> staleCount(const QSqlDatabase& db, QString* error);

    struct Comparison
    {
        qint64 compared = 0; // reports rescored
        qint64 differing = 0; // reports whose stored scores differ (or are missing)
        QList<qint64> first; // the first differing report ids, in id order
        QStringList details; // what differs, for the first ones
    };
    // Rescores every report afresh and compares with what is stored; writes nothing.
    static std::optional<Comparison> compare(const QSqlDatabase& db, int firstCount, QString* error,
                                             const Progress& progress = {});

    // The current time as computed_at stores it.
    static QString now();
};
