#pragma once

#include "questionnaire/AnswerValue.h"
#include "questionnaire/VisitScore.h"

#include <QByteArray>
#include <QtGlobal>
#include <vector>

class ScoredVersion;

// The stored scores of one report, as the rows of visit_score, section_score and
// question_scores hold them (docs/results.md).
struct ScoredResponse
{
    struct Section
    {
        qint64 sectionId = 0;
        ScoreResult result;
    };

    qint64 responseId = 0;
    qint64 fingerprint = 0;
    ScoreResult visit;
    std::vector<Section> sections; // sections with a score only: nothing applicable, no row
    QByteArray questionScores; // packed, see packQuestionScores
    QByteArray answerValues; // packed, see packAnswerValues

    // Scores one report's answers (one per question of the version, in plan order).
    static ScoredResponse compute(const ScoredVersion& version, qint64 responseId, const AnswerValue* answers,
                                  size_t count, VisitScore* scratch);

    // One little-endian IEEE 754 single per question of the version in ascending question id,
    // NaN where the question has no score (unscored, hidden, N/A or unanswered).
    static QByteArray packQuestionScores(const ScoredVersion& version, const VisitScore& score);
    // The answers as charts count them, one single per slot as question_scores.answers holds
    // them: the option's index, the number, the count of chosen options, -1 for N/A, NaN for none.
    static QByteArray packAnswerValues(const ScoredVersion& version, const AnswerValue* answers,
                                       size_t count);
    // The score in slot `slot` of a packed array; NaN when it has none or the slot is past the end.
    static float questionScoreAt(const QByteArray& packed, size_t slot);
    static float questionScoreAt(const char* packed, size_t bytes, size_t slot);
    static constexpr float notApplicable = -1.0f;
};
