#pragma once

#include "project/NativeQuery.h"
#include "questionnaire/AnswerValue.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

class ScoredVersion;

// Reads reports with their answers, in report id order and in batches, as the scoring engine
// takes them: one AnswerValue per question of the report's version, in the plan's order. Three
// ordered scans (reports, answers, multiple-choice selections) merged by report id, through
// SQLite's C API: QSqlQuery would cost several times as much on ten million answers.
class AnswerReader
{
public:
    struct Batch
    {
        std::vector<qint64> responseIds;
        std::vector<const ScoredVersion*> versions;
        std::vector<size_t> offsets; // report i's answers are answers[offsets[i], offsets[i + 1])
        std::vector<AnswerValue> answers;

        size_t size() const { return responseIds.size(); }
        void clear();
    };

    // Every report, or only those of `only`. versions must hold every version a report uses.
    AnswerReader(const QSqlDatabase& db, const QHash<qint64, const ScoredVersion*>& versions,
                 const std::optional<QList<qint64>>& only = std::nullopt);
    ~AnswerReader();

    // Fills batch with up to maxResponses reports; false when there are none left or on an
    // error (then error() is set).
    bool next(Batch* batch, size_t maxResponses);
    QString error() const { return m_error; }

private:
    struct Cursor;
    bool advance(Cursor& cursor);

    QHash<qint64, const ScoredVersion*> m_versions;
    std::unique_ptr<NativeQuery> m_responses;
    std::unique_ptr<Cursor> m_answers;
    std::unique_ptr<Cursor> m_choices;
    QString m_error;
    bool m_finished = false; // every report read (SQLite would start over on another step)
};
