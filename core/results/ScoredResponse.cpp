#include "ScoredResponse.h"

#include "ScoredVersion.h"
#include "questionnaire/ScoringEngine.h"

#include <QtEndian>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

ScoredResponse ScoredResponse::compute(const ScoredVersion& version, qint64 responseId,
                                       const AnswerValue* answers, size_t count, VisitScore* scratch)
{
    ScoringEngine::score(version.plan(), answers, count, scratch);
    ScoredResponse scored;
    scored.responseId = responseId;
    scored.fingerprint = version.fingerprint();
    scored.visit = scratch->visit;
    for (size_t s = 0; s < scratch->sections.size(); ++s)
        if (scratch->sections[s].score)
            scored.sections.push_back({ version.sectionId(s), scratch->sections[s] });
    scored.questionScores = packQuestionScores(version, *scratch);
    scored.answerValues = packAnswerValues(version, answers, count);
    return scored;
}

namespace {
void put(char* out, size_t slot, float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    qToLittleEndian(bits, out + slot * sizeof bits);
}
} // namespace

QByteArray ScoredResponse::packAnswerValues(const ScoredVersion& version, const AnswerValue* answers,
                                            size_t count)
{
    const auto& layout = version.planIndexBySlot();
    QByteArray packed(qsizetype(layout.size() * sizeof(quint32)), Qt::Uninitialized);
    for (size_t slot = 0; slot < layout.size(); ++slot) {
        const int index = layout[slot];
        float value = std::numeric_limits<float>::quiet_NaN();
        if (index >= 0 && size_t(index) < count) {
            const AnswerValue& answer = answers[index];
            switch (answer.kind) {
            case AnswerValue::Kind::NotApplicable:
                value = notApplicable;
                break;
            case AnswerValue::Kind::Option:
                value = float(answer.option);
                break;
            case AnswerValue::Kind::Number:
                value = float(answer.number);
                break;
            case AnswerValue::Kind::Options:
                value = float(std::popcount(answer.optionMask));
                break;
            default:
                break;
            }
        }
        put(packed.data(), slot, value);
    }
    return packed;
}

QByteArray ScoredResponse::packQuestionScores(const ScoredVersion& version, const VisitScore& score)
{
    const auto& layout = version.planIndexBySlot();
    QByteArray packed(qsizetype(layout.size() * sizeof(quint32)), Qt::Uninitialized);
    char* out = packed.data();
    for (size_t slot = 0; slot < layout.size(); ++slot) {
        const int index = layout[slot];
        const float value = index >= 0 && score.questions[size_t(index)].score
            ? float(*score.questions[size_t(index)].score)
            : std::numeric_limits<float>::quiet_NaN();
        put(out, slot, value);
    }
    return packed;
}

float ScoredResponse::questionScoreAt(const char* packed, size_t bytes, size_t slot)
{
    if ((slot + 1) * sizeof(quint32) > bytes)
        return std::numeric_limits<float>::quiet_NaN();
    const quint32 bits = qFromLittleEndian<quint32>(packed + slot * sizeof(quint32));
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

float ScoredResponse::questionScoreAt(const QByteArray& packed, size_t slot)
{
    return questionScoreAt(packed.constData(), size_t(packed.size()), slot);
}
