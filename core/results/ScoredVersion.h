#pragma once

#include "questionnaire/AnswerValue.h"
#include "questionnaire/ScoringPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

// A questionnaire version of the project file compiled for scoring its stored answers: the
// scoring plan, and the file's ids of its questions, options and sections mapped to the plan's
// indexes. Also the layout of the packed question scores (one slot per question, in ascending
// question id) and the fingerprint of the scoring rules, which every stored visit score carries
// so that scores computed under other rules show as stale. Read-only once loaded: any number of
// threads may score with it.
class ScoredVersion
{
    Q_DECLARE_TR_FUNCTIONS(ScoredVersion)

public:
    // Bumped whenever the scoring engine's results change for the same answers, so that every
    // stored score of an older engine shows as stale.
    static constexpr int engineRevision = 1;

    static std::unique_ptr<ScoredVersion> load(const QSqlDatabase& db, qint64 versionId, QString* error);

    qint64 versionId() const { return m_versionId; }
    const ScoringPlan& plan() const { return *m_plan; }
    // A digest of everything the scores depend on: the engine revision, the scoring mode, the
    // sections and their weights, the questions with their ids, types, weights, critical and
    // bonus marks, conditions and option points.
    qint64 fingerprint() const { return m_fingerprint; }

    // The plan's index of a question id, -1 when the question is not of this version.
    int questionIndex(qint64 questionId) const { return m_questionIndex.value(questionId, -1); }
    // The index of an option among its question's options, -1 when unknown.
    int optionIndex(qint64 optionId) const { return m_optionIndex.value(optionId, -1); }
    // The file's id of the plan's section at `index`.
    qint64 sectionId(size_t index) const { return m_sectionIds[index]; }

    // Packed question scores: slot i holds the score of questionIdBySlot()[i].
    const std::vector<qint64>& questionIdBySlot() const { return m_questionIdBySlot; }
    const std::vector<int>& planIndexBySlot() const { return m_planIndexBySlot; }

    // The answer a stored row means: an option (N/A when the option is the question's N/A), a
    // number, text, or nothing. Multiple choice is read from its chosen options instead.
    AnswerValue answerFromRow(int planIndex, qint64 optionId, bool hasNumber, double number,
                              bool hasText) const;

private:
    ScoredVersion() = default;

    qint64 m_versionId = 0;
    std::unique_ptr<ScoringPlan> m_plan;
    qint64 m_fingerprint = 0;
    QHash<qint64, int> m_questionIndex;
    QHash<qint64, int> m_optionIndex;
    std::vector<qint64> m_sectionIds;
    std::vector<qint64> m_questionIdBySlot;
    std::vector<int> m_planIndexBySlot;
};
