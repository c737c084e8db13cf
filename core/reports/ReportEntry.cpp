#include "ReportEntry.h"

#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/ScoringPlan.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

#include <cmath>

namespace {

QString folded(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

bool saysNotApplicable(const QString& text)
{
    static const QStringList spellings = ReportImport::naSpellings();
    return spellings.contains(folded(text));
}

} // namespace

ReportEntry::ReportEntry() = default;
ReportEntry::ReportEntry(ReportEntry&&) noexcept = default;
ReportEntry& ReportEntry::operator=(ReportEntry&&) noexcept = default;
ReportEntry::~ReportEntry() = default;

bool ReportEntry::Report::operator==(const Report& other) const
{
    if (language != other.language || visitedOn != other.visitedOn || visitedAt != other.visitedAt || minutes != other.minutes
        || staff != other.staff || comment != other.comment)
        return false;
    // An answer with nothing in it is the same as no answer.
    auto given = [](const QHash<QString, Answer>& all) {
        QHash<QString, QPair<QVariant, QString>> kept;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const bool empty = !it->value.isValid() || (it->value.typeId() == QMetaType::QString && it->value.toString().isEmpty())
                               || (it->value.typeId() == QMetaType::QStringList && it->value.toStringList().isEmpty());
            if (!empty || !it->comment.isEmpty())
                kept.insert(it.key(), {empty ? QVariant() : it->value, it->comment});
        }
        return kept;
    };
    return given(answers) == given(other.answers);
}

std::optional<ReportEntry> ReportEntry::open(const QSqlDatabase& db, qint64 visitId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT v.id, w.code, w.starts_on, w.ends_on, l.code, l.name, sc.code, "
        "(SELECT t.title FROM scenario_text t WHERE t.scenario_id = sc.id AND t.language = p.source_language), "
        "sh.code, v.planned_date, v.status, sc.version_id, r.id, r.submitted_at, r.version_id, r.language, r.visited_on, "
        "r.visited_at, r.duration_minutes, r.staff_description, r.comment, p.staff_names_allowed, p.source_language "
        "FROM visit v JOIN wave w ON w.id = v.wave_id JOIN location l ON l.id = v.location_id "
        "JOIN scenario sc ON sc.id = v.scenario_id LEFT JOIN shopper sh ON sh.id = v.shopper_id "
        "LEFT JOIN response r ON r.visit_id = v.id CROSS JOIN programme p WHERE v.id = ?"));
    query.addBindValue(visitId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("There is no visit %1 in this file.").arg(visitId);
        return std::nullopt;
    }
    ReportEntry entry;
    Visit& visit = entry.m_visit;
    visit.id = query.value(0).toLongLong();
    visit.wave = query.value(1).toString();
    visit.waveStartsOn = query.value(2).toString();
    visit.waveEndsOn = query.value(3).toString();
    visit.locationCode = query.value(4).toString();
    visit.locationName = query.value(5).toString();
    visit.scenarioCode = query.value(6).toString();
    visit.scenarioTitle = query.value(7).toString();
    visit.shopperCode = query.value(8).toString();
    visit.plannedDate = query.value(9).toString();
    visit.status = query.value(10).toString();
    visit.staffNamesAllowed = query.value(21).toBool();
    const QString sourceLanguage = query.value(22).toString();
    if (!query.value(12).isNull()) {
        visit.responseId = query.value(12).toLongLong();
        visit.submitted = !query.value(13).isNull();
        visit.versionId = query.value(14).toLongLong(); // a report keeps the version it was answered on
        entry.m_stored.language = query.value(15).toString();
        entry.m_stored.visitedOn = query.value(16).toString();
        entry.m_stored.visitedAt = query.value(17).toString();
        if (!query.value(18).isNull())
            entry.m_stored.minutes = query.value(18).toInt();
        entry.m_stored.staff = query.value(19).toString();
        entry.m_stored.comment = query.value(20).toString();
    } else {
        visit.versionId = query.value(11).toLongLong();
        entry.m_stored.language = sourceLanguage;
        entry.m_stored.visitedOn = visit.plannedDate.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : visit.plannedDate;
    }
    if (visit.status == QLatin1String("planned") || visit.status == QLatin1String("cancelled")) {
        *error = visit.status == QLatin1String("planned")
                     ? tr("Visit %1 has no shopper yet: assign one before entering the report.").arg(visitId)
                     : tr("Visit %1 is cancelled: it has no report.").arg(visitId);
        return std::nullopt;
    }
    if (visit.versionId <= 0) {
        *error = tr("Scenario %1 of visit %2 has no questionnaire: choose one for the scenario first.")
                     .arg(visit.scenarioCode)
                     .arg(visitId);
        return std::nullopt;
    }

    query.prepare(QStringLiteral("SELECT code FROM programme_language ORDER BY code <> ?, position"));
    query.addBindValue(sourceLanguage);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        visit.languages << query.value(0).toString();

    auto questionnaire = QuestionnaireStore::load(db, visit.versionId, error);
    if (!questionnaire)
        return std::nullopt;
    entry.m_questionnaire = std::move(*questionnaire);
    entry.m_plan = std::make_unique<ScoringPlan>(entry.m_questionnaire);

    // The ids the answers are written with.
    query.prepare(QStringLiteral("SELECT q.code, q.id, o.code, o.id, o.is_na FROM question q "
                                 "LEFT JOIN question_option o ON o.question_id = q.id WHERE q.version_id = ?"));
    query.addBindValue(visit.versionId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next()) {
        StoredQuestion& question = entry.m_storedQuestions[query.value(0).toString()];
        question.id = query.value(1).toLongLong();
        if (query.value(3).isNull())
            continue;
        question.options.insert(query.value(2).toString(), query.value(3).toLongLong());
        if (query.value(4).toBool())
            question.naCode = query.value(2).toString();
    }

    if (visit.responseId) {
        query.prepare(QStringLiteral(
            "SELECT q.code, q.type, o.code, a.number, a.text, a.comment, "
            "(SELECT group_concat(code, char(31)) FROM (SELECT c.code FROM answer_choice ac JOIN question_option c ON c.id = ac.option_id "
            " WHERE ac.response_id = a.response_id AND ac.question_id = a.question_id ORDER BY c.position)) "
            "FROM answer a JOIN question q ON q.id = a.question_id LEFT JOIN question_option o ON o.id = a.option_id "
            "WHERE a.response_id = ?"));
        query.addBindValue(*visit.responseId);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        while (query.next()) {
            Answer answer;
            answer.comment = query.value(5).toString();
            const QString type = query.value(1).toString();
            if (!query.value(2).isNull())
                answer.value = query.value(2).toString();
            else if (type == QLatin1String("multiple") && !query.value(6).isNull())
                answer.value = query.value(6).toString().split(QChar(31));
            else if (!query.value(3).isNull())
                answer.value = query.value(3).toDouble();
            else if (!query.value(4).isNull())
                answer.value = query.value(4).toString();
            entry.m_stored.answers.insert(query.value(0).toString(), answer);
        }
    }
    return entry;
}

std::optional<QVariant> ReportEntry::parseAnswer(const QString& code, const QString& text, QString* error) const
{
    const Question* question = m_questionnaire.question(code);
    if (!question) {
        *error = tr("There is no question %1 in %2.").arg(code, m_questionnaire.code);
        return std::nullopt;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QVariant();
    const StoredQuestion stored = m_storedQuestions.value(code);
    if (question->type != QuestionType::Text && saysNotApplicable(trimmed)) {
        if (stored.naCode.isEmpty()) {
            *error = tr("%1 does not allow N/A.").arg(code);
            return std::nullopt;
        }
        return QVariant(stored.naCode);
    }
    Question withOptions = *question;
    withOptions.ensureYesNoOptions();
    auto optionFor = [&](const QString& part) -> QString {
        const QString wanted = folded(part);
        for (const QuestionOption& option : withOptions.options) {
            if (folded(option.code) == wanted)
                return option.code;
            for (const QString& label : option.label)
                if (folded(label) == wanted)
                    return option.code;
        }
        return {};
    };
    QStringList codes;
    for (const QuestionOption& option : withOptions.options)
        codes << option.code;
    switch (question->type) {
    case QuestionType::YesNo:
    case QuestionType::Single: {
        const QString option = optionFor(trimmed);
        if (option.isEmpty()) {
            *error = tr("“%1” is not an answer to %2 (%3, or their labels).").arg(trimmed, code, codes.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        return QVariant(option);
    }
    case QuestionType::Multiple: {
        QStringList chosen;
        for (const QString& part : trimmed.split(QRegularExpression(QStringLiteral("[,;|]")), Qt::SkipEmptyParts)) {
            const QString option = optionFor(part);
            if (option.isEmpty()) {
                *error = tr("“%1” is not an option of %2 (%3).").arg(part.trimmed(), code, codes.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (!chosen.contains(option))
                chosen << option;
        }
        return QVariant(chosen);
    }
    case QuestionType::Rating:
    case QuestionType::Nps:
    case QuestionType::Number: {
        bool ok = false;
        const double number = QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            *error = tr("“%1” is not a number (%2).").arg(trimmed, code);
            return std::nullopt;
        }
        return QVariant(number);
    }
    case QuestionType::Date:
    case QuestionType::Time:
    case QuestionType::Text:
        return QVariant(trimmed);
    }
    return QVariant(trimmed);
}

std::optional<AnswerValue> ReportEntry::valueOf(int index, const QVariant& value, QString* error) const
{
    const auto& question = m_plan->questions()[size_t(index)];
    if (!value.isValid())
        return AnswerValue::none();
    const StoredQuestion stored = m_storedQuestions.value(question.code);
    const bool choice = question.type == QuestionType::YesNo || question.type == QuestionType::Single
                        || question.type == QuestionType::Multiple;
    // N/A is the question's N/A option, whatever its type.
    if (value.typeId() == QMetaType::QString && question.type != QuestionType::Text && !choice) {
        const QString text = value.toString();
        if (text.isEmpty())
            return AnswerValue::none();
        if (text == stored.naCode || saysNotApplicable(text)) {
            if (stored.naCode.isEmpty()) {
                *error = tr("%1 does not allow N/A.").arg(question.code);
                return std::nullopt;
            }
            return AnswerValue::notApplicable();
        }
    }
    QJsonValue json;
    if (question.type == QuestionType::Multiple) {
        const QStringList chosen = value.toStringList();
        if (chosen.isEmpty())
            return AnswerValue::none();
        if (!stored.naCode.isEmpty() && chosen.contains(stored.naCode)) {
            if (chosen.size() > 1) {
                *error = tr("%1: N/A cannot be chosen together with other options.").arg(question.code);
                return std::nullopt;
            }
            return AnswerValue::notApplicable();
        }
        json = QJsonArray::fromStringList(chosen);
    } else if (question.type == QuestionType::Rating || question.type == QuestionType::Nps || question.type == QuestionType::Number) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            *error = tr("“%1” is not a number (%2).").arg(value.toString(), question.code);
            return std::nullopt;
        }
        json = number;
    } else {
        const QString text = value.toString();
        if (text.isEmpty())
            return AnswerValue::none();
        json = text;
    }
    QString why;
    auto answer = m_plan->answerFromJson(index, json, &why);
    if (!answer) {
        *error = why;
        return std::nullopt;
    }
    if (answer->kind == AnswerValue::Kind::NotApplicable && stored.naCode.isEmpty()) {
        *error = tr("%1 does not allow N/A.").arg(question.code);
        return std::nullopt;
    }
    return answer;
}

std::vector<AnswerValue> ReportEntry::values(const Report& report) const
{
    const auto& questions = m_plan->questions();
    std::vector<AnswerValue> raw(questions.size());
    for (size_t i = 0; i < questions.size(); ++i) {
        QString ignored;
        raw[i] = valueOf(int(i), report.answers.value(questions[i].code).value, &ignored).value_or(AnswerValue::none());
    }
    return raw;
}

FormState ReportEntry::state(const Report& report) const
{
    return FormState::evaluate(*m_plan, values(report));
}

QList<ReportEntry::Problem> ReportEntry::check(const Report& report, bool submit) const
{
    QList<Problem> problems;
    if (readOnly())
        problems.append({QString(), tr("The report of visit %1 is approved: it can no longer be changed.").arg(m_visit.id)});
    else if (!submit && m_visit.submitted)
        problems.append({QString(), tr("The report of visit %1 is already submitted: correct it and submit it again, it does not go back "
                                       "to a draft.")
                                        .arg(m_visit.id)});
    if (!m_visit.languages.contains(report.language))
        problems.append({QStringLiteral("language"),
                         tr("“%1” is not a language of the programme (%2).").arg(report.language, m_visit.languages.join(QStringLiteral(", ")))});
    if (!QDate::fromString(report.visitedOn, Qt::ISODate).isValid())
        problems.append({QStringLiteral("visited_on"), tr("“%1” is not a visit date such as 2026-11-22.").arg(report.visitedOn)});
    if (!report.visitedAt.isEmpty() && !QTime::fromString(report.visitedAt, QStringLiteral("HH:mm")).isValid())
        problems.append({QStringLiteral("visited_at"), tr("“%1” is not a time of day such as 14:05.").arg(report.visitedAt)});
    if (report.minutes && (*report.minutes < 0 || *report.minutes > 24 * 60))
        problems.append({QStringLiteral("minutes"), tr("%1 minutes is not a visit duration (0 to 1440).").arg(*report.minutes)});

    for (auto it = report.answers.cbegin(); it != report.answers.cend(); ++it)
        if (m_plan->questionIndex(it.key()) < 0)
            problems.append({it.key(), tr("There is no question %1 in %2.").arg(it.key(), m_questionnaire.code)});
    const auto& questions = m_plan->questions();
    std::vector<AnswerValue> raw(questions.size());
    std::vector<bool> invalid(questions.size(), false);
    for (size_t i = 0; i < questions.size(); ++i) {
        QString why;
        auto value = valueOf(int(i), report.answers.value(questions[i].code).value, &why);
        if (!value) {
            problems.append({questions[i].code, why});
            invalid[i] = true;
        } else {
            raw[i] = *value;
        }
    }
    if (!submit)
        return problems;
    // In form order, so the first problem is where the clerk goes first.
    const FormState form = FormState::evaluate(*m_plan, raw);
    std::vector<bool> unanswered(questions.size(), false);
    std::vector<bool> uncommented(questions.size(), false);
    for (int index : form.unansweredMandatory(*m_plan))
        unanswered[size_t(index)] = !invalid[size_t(index)];
    for (int index : missingComments(report, form))
        uncommented[size_t(index)] = true;
    for (size_t i = 0; i < questions.size(); ++i) {
        if (unanswered[i])
            problems.append({questions[i].code, tr("%1 is mandatory and has no answer.").arg(questions[i].code)});
        if (uncommented[i])
            problems.append({questions[i].code, tr("%1 needs a comment for this answer.").arg(questions[i].code)});
    }
    return problems;
}

std::vector<int> ReportEntry::missingComments(const Report& report, const FormState& state) const
{
    std::vector<int> missing;
    const auto& questions = m_plan->questions();
    for (size_t i = 0; i < questions.size() && i < state.commentRequired.size(); ++i)
        if (state.commentRequired[i] && report.answers.value(questions[i].code).comment.trimmed().isEmpty())
            missing.push_back(int(i));
    return missing;
}

ReportImport::Report ReportEntry::toWrite(const Report& report) const
{
    ReportImport::Report written;
    written.visitId = m_visit.id;
    written.versionId = m_visit.versionId;
    written.responseId = m_visit.responseId;
    written.language = report.language;
    written.visitedOn = report.visitedOn;
    written.visitedAt = report.visitedAt;
    written.minutes = report.minutes;
    written.staff = report.staff.trimmed();
    written.comment = report.comment.trimmed();
    const FormState form = state(report);
    const auto& questions = m_plan->questions();
    for (size_t i = 0; i < questions.size(); ++i) {
        const auto& question = questions[i];
        if (!form.visible[i])
            continue; // what a condition hides is not part of the report
        const Answer given = report.answers.value(question.code);
        const StoredQuestion stored = m_storedQuestions.value(question.code);
        ReportImport::Answer answer;
        answer.questionId = stored.id;
        answer.comment = given.comment.trimmed();
        const AnswerValue& value = form.answers[i];
        switch (value.kind) {
        case AnswerValue::Kind::None:
            break;
        case AnswerValue::Kind::NotApplicable:
            answer.optionId = stored.options.value(stored.naCode);
            break;
        case AnswerValue::Kind::Option:
            answer.optionId = stored.options.value(question.optionCodes.value(value.option));
            break;
        case AnswerValue::Kind::Options:
            for (int option = 0; option < question.optionCodes.size() && option < 64; ++option)
                if (value.optionMask & (quint64(1) << option))
                    answer.choices << stored.options.value(question.optionCodes[option]);
            break;
        case AnswerValue::Kind::Number:
            answer.number = value.number;
            break;
        case AnswerValue::Kind::Text:
            answer.text = given.value.toString();
            break;
        }
        if (value.kind != AnswerValue::Kind::None || !answer.comment.isEmpty())
            written.answers.push_back(std::move(answer));
    }
    return written;
}
