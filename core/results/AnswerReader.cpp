#include "AnswerReader.h"

#include "ScoredVersion.h"
#include "project/JsonIdList.h"

struct AnswerReader::Cursor
{
    std::unique_ptr<NativeQuery> query;
    bool valid = false; // the query stands on a row
};

void AnswerReader::Batch::clear()
{
    responseIds.clear();
    versions.clear();
    offsets.assign(1, 0);
    answers.clear();
}

AnswerReader::AnswerReader(const QSqlDatabase& db, const QHash<qint64, const ScoredVersion*>& versions,
                           const std::optional<QList<qint64>>& only)
    : m_versions(versions)
    , m_answers(std::make_unique<Cursor>())
    , m_choices(std::make_unique<Cursor>())
{
    if (only) {
        const QString ids = jsonIdList(*only);
        m_responses = std::make_unique<NativeQuery>(
            db,
            "SELECT id, version_id FROM response WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id");
        m_answers->query = std::make_unique<NativeQuery>(
            db,
            "SELECT response_id, question_id, option_id, number, text IS NOT NULL FROM answer "
            "WHERE response_id IN (SELECT value FROM json_each(?1)) ORDER BY response_id, question_id");
        m_choices->query = std::make_unique<NativeQuery>(
            db,
            "SELECT response_id, question_id, option_id FROM answer_choice "
            "WHERE response_id IN (SELECT value FROM json_each(?1)) ORDER BY response_id, question_id");
        m_responses->bind(1, ids);
        m_answers->query->bind(1, ids);
        m_choices->query->bind(1, ids);
    } else {
        m_responses = std::make_unique<NativeQuery>(db, "SELECT id, version_id FROM response ORDER BY id");
        m_answers->query = std::make_unique<NativeQuery>(
            db,
            "SELECT response_id, question_id, option_id, number, text IS NOT NULL FROM answer "
            "ORDER BY response_id, question_id");
        m_choices->query = std::make_unique<NativeQuery>(db,
                                                         "SELECT response_id, question_id, option_id FROM "
                                                         "answer_choice ORDER BY response_id, question_id");
    }
    for (const NativeQuery* query : { m_responses.get(), m_answers->query.get(), m_choices->query.get() })
        if (!query->isValid() && m_error.isEmpty())
            m_error = query->error();
    if (m_error.isEmpty()) {
        advance(*m_answers);
        advance(*m_choices);
    }
}

AnswerReader::~AnswerReader() = default;

bool AnswerReader::advance(Cursor& cursor)
{
    cursor.valid = cursor.query->next();
    if (!cursor.valid && !cursor.query->error().isEmpty() && m_error.isEmpty())
        m_error = cursor.query->error();
    return cursor.valid;
}

bool AnswerReader::next(Batch* batch, size_t maxResponses)
{
    batch->clear();
    if (!m_error.isEmpty() || m_finished)
        return false;
    NativeQuery& answers = *m_answers->query;
    NativeQuery& choices = *m_choices->query;
    while (batch->size() < maxResponses) {
        if (!m_responses->next()) {
            m_finished = true;
            break;
        }
        const qint64 responseId = m_responses->integer(0);
        const ScoredVersion* version = m_versions.value(m_responses->integer(1));
        if (!version) {
            m_error = QStringLiteral("report %1 uses questionnaire version %2, which was not loaded")
                          .arg(responseId)
                          .arg(m_responses->integer(1));
            return false;
        }
        const size_t first = batch->answers.size();
        const size_t questions = version->plan().questions().size();
        batch->answers.resize(first + questions);
        AnswerValue* own = batch->answers.data() + first;
        // Answers are ordered like the reports: skip any of a report not read (none, by the
        // foreign key), take this report's.
        while (m_answers->valid && answers.integer(0) < responseId)
            advance(*m_answers);
        for (; m_answers->valid && answers.integer(0) == responseId; advance(*m_answers)) {
            const int index = version->questionIndex(answers.integer(1));
            if (index < 0)
                continue;
            if (version->plan().questions()[size_t(index)].type == QuestionType::Multiple) {
                own[index] = AnswerValue::choices(0); // answered; its selections follow
                continue;
            }
            own[index] = version->answerFromRow(index, answers.isNull(2) ? 0 : answers.integer(2),
                                                !answers.isNull(3), answers.real(3), answers.integer(4) != 0);
        }
        while (m_choices->valid && choices.integer(0) < responseId)
            advance(*m_choices);
        for (; m_choices->valid && choices.integer(0) == responseId; advance(*m_choices)) {
            const int index = version->questionIndex(choices.integer(1));
            const int option = version->optionIndex(choices.integer(2));
            if (index < 0 || option < 0 || option >= 64
                || own[index].kind == AnswerValue::Kind::NotApplicable)
                continue;
            if (version->plan().questions()[size_t(index)].optionIsNa[size_t(option)])
                own[index] = AnswerValue::notApplicable(); // "not applicable" chosen: no selection counts
            else
                own[index] = AnswerValue::choices(own[index].optionMask | (quint64(1) << option));
        }
        batch->responseIds.push_back(responseId);
        batch->versions.push_back(version);
        batch->offsets.push_back(batch->answers.size());
    }
    if (!m_responses->error().isEmpty() && m_error.isEmpty())
        m_error = m_responses->error();
    return m_error.isEmpty() && batch->size() > 0;
}
