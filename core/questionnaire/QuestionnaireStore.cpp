#include "QuestionnaireStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString criticalCode(Critical critical)
{
    switch (critical) {
    case Critical::None: return QStringLiteral("none");
    case Critical::Section: return QStringLiteral("section");
    case Critical::Visit: return QStringLiteral("visit");
    }
    return QStringLiteral("none");
}

Critical criticalFromCode(const QString& code)
{
    if (code == QLatin1String("section"))
        return Critical::Section;
    if (code == QLatin1String("visit"))
        return Critical::Visit;
    return Critical::None;
}

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> numberOrNone(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QString conditionJson(const std::optional<Condition>& condition)
{
    return condition ? QString::fromUtf8(QJsonDocument(condition->toJson()).toJson(QJsonDocument::Compact)) : QString();
}

std::optional<Condition> conditionFrom(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return Condition::fromJson(QJsonDocument::fromJson(value.toString().toUtf8()).object(), nullptr);
}

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Runs a prepared statement with the given values; on failure sets *error.
bool run(QSqlQuery& query, const QVariantList& values, QString* error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().databaseText();
    return false;
}

} // namespace

QList<QuestionnaireStore::VersionInfo> QuestionnaireStore::list(const QSqlDatabase& db, QString* error)
{
    QList<VersionInfo> versions;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT qv.id, q.code, q.name, q.channel, qv.number, qv.status, "
            "(SELECT count(*) FROM question x WHERE x.version_id = qv.id), "
            "(SELECT count(*) FROM response r WHERE r.version_id = qv.id) "
            "FROM questionnaire_version qv JOIN questionnaire q ON q.id = qv.questionnaire_id "
            "ORDER BY q.code, qv.number"))) {
        if (error)
            *error = query.lastError().databaseText();
        return versions;
    }
    while (query.next())
        versions.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toInt(), query.value(5).toString(),
                         query.value(6).toLongLong(), query.value(7).toLongLong()});
    return versions;
}

std::optional<qint64> QuestionnaireStore::findVersion(const QSqlDatabase& db, const QString& reference, QString* error)
{
    const QString code = reference.section(QLatin1Char(':'), 0, 0);
    const QString numberText = reference.section(QLatin1Char(':'), 1);
    bool numbered = !numberText.isEmpty();
    bool ok = true;
    const int number = numbered ? numberText.toInt(&ok) : 0;
    if (!ok) {
        if (error)
            *error = tr("“%1” is not a version: write CODE or CODE:NUMBER, e.g. NB-EVAL:2").arg(reference);
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(numbered ? QStringLiteral("SELECT qv.id FROM questionnaire_version qv JOIN questionnaire q "
                                            "ON q.id = qv.questionnaire_id WHERE q.code = ? AND qv.number = ?")
                           : QStringLiteral("SELECT qv.id FROM questionnaire_version qv JOIN questionnaire q "
                                            "ON q.id = qv.questionnaire_id WHERE q.code = ? ORDER BY qv.number DESC LIMIT 1"));
    query.addBindValue(code);
    if (numbered)
        query.addBindValue(number);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    if (error)
        *error = numbered ? tr("there is no version %1 of questionnaire “%2”").arg(number).arg(code)
                          : tr("there is no questionnaire “%1”").arg(code);
    return std::nullopt;
}

std::optional<Questionnaire> QuestionnaireStore::load(const QSqlDatabase& db, qint64 versionId, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Questionnaire> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT q.code, q.name, q.channel, qv.section_scoring FROM questionnaire_version qv "
                                 "JOIN questionnaire q ON q.id = qv.questionnaire_id WHERE qv.id = ?"));
    query.addBindValue(versionId);
    if (!query.exec() || !query.next())
        return fail(tr("questionnaire version %1 does not exist").arg(versionId));
    Questionnaire questionnaire;
    questionnaire.code = query.value(0).toString();
    questionnaire.name = query.value(1).toString();
    questionnaire.channel = query.value(2).toString();
    questionnaire.sectionScoring = query.value(3).toString() == QLatin1String("weighted") ? SectionScoring::Weighted
                                                                                           : SectionScoring::Pooled;
    query.exec(QStringLiteral("SELECT source_language FROM programme WHERE id = 1"));
    if (query.next())
        questionnaire.sourceLanguage = query.value(0).toString();
    questionnaire.languages.clear();
    query.exec(QStringLiteral("SELECT code FROM programme_language ORDER BY position"));
    while (query.next())
        questionnaire.languages << query.value(0).toString();

    // Texts of every kind, read once per table and spread over the items.
    auto readTexts = [&](const QString& sql, int columns) {
        QHash<qint64, QList<QStringList>> texts;
        QSqlQuery textQuery(db);
        textQuery.prepare(sql);
        textQuery.addBindValue(versionId);
        textQuery.exec();
        while (textQuery.next()) {
            QStringList row;
            for (int c = 1; c <= columns; ++c)
                row << textQuery.value(c).toString();
            texts[textQuery.value(0).toLongLong()].append(row);
        }
        return texts;
    };
    const auto sectionTexts = readTexts(QStringLiteral("SELECT t.section_id, t.language, t.title FROM section_text t "
                                                       "JOIN section s ON s.id = t.section_id WHERE s.version_id = ?"), 2);
    const auto questionTexts = readTexts(QStringLiteral(
        "SELECT t.question_id, t.language, t.text, t.help, t.low_label, t.high_label FROM question_text t "
        "JOIN question q ON q.id = t.question_id WHERE q.version_id = ?"), 5);
    const auto optionTexts = readTexts(QStringLiteral(
        "SELECT t.option_id, t.language, t.label FROM option_text t JOIN question_option o ON o.id = t.option_id "
        "JOIN question q ON q.id = o.question_id WHERE q.version_id = ?"), 2);

    QHash<qint64, std::vector<QuestionOption>> optionsByQuestion;
    query.prepare(QStringLiteral("SELECT o.question_id, o.id, o.code, o.points, o.is_na FROM question_option o "
                                 "JOIN question q ON q.id = o.question_id WHERE q.version_id = ? "
                                 "ORDER BY o.question_id, o.position"));
    query.addBindValue(versionId);
    query.exec();
    while (query.next()) {
        QuestionOption option;
        option.code = query.value(2).toString();
        option.points = numberOrNone(query.value(3));
        option.isNa = query.value(4).toInt() != 0;
        for (const QStringList& row : optionTexts.value(query.value(1).toLongLong()))
            option.label.insert(row[0], row[1]);
        optionsByQuestion[query.value(0).toLongLong()].push_back(option);
    }

    QHash<qint64, std::vector<Question>> questionsBySection;
    query.prepare(QStringLiteral("SELECT id, section_id, code, type, allow_na, mandatory, scored, weight, critical, "
                                 "bonus, min_value, max_value, unit, show_if, comment_if FROM question "
                                 "WHERE version_id = ? ORDER BY section_id, position"));
    query.addBindValue(versionId);
    query.exec();
    while (query.next()) {
        Question question;
        const qint64 id = query.value(0).toLongLong();
        question.code = query.value(2).toString();
        question.type = QuestionTypes::fromCode(query.value(3).toString()).value_or(QuestionType::Text);
        question.allowNa = query.value(4).toInt() != 0;
        question.mandatory = query.value(5).toInt() != 0;
        question.scored = query.value(6).toInt() != 0;
        question.weight = query.value(7).toDouble();
        question.critical = criticalFromCode(query.value(8).toString());
        question.bonus = query.value(9).toInt() != 0;
        question.minimum = numberOrNone(query.value(10));
        question.maximum = numberOrNone(query.value(11));
        question.unit = query.value(12).toString();
        question.showIf = conditionFrom(query.value(13));
        question.commentIf = conditionFrom(query.value(14));
        for (const QStringList& row : questionTexts.value(id)) {
            question.text.insert(row[0], row[1]);
            if (!row[2].isEmpty())
                question.help.insert(row[0], row[2]);
            if (!row[3].isEmpty())
                question.lowLabel.insert(row[0], row[3]);
            if (!row[4].isEmpty())
                question.highLabel.insert(row[0], row[4]);
        }
        question.options = optionsByQuestion.value(id);
        questionsBySection[query.value(1).toLongLong()].push_back(std::move(question));
    }

    query.prepare(QStringLiteral("SELECT id, parent_id, code, weight FROM section WHERE version_id = ? "
                                 "ORDER BY parent_id IS NOT NULL, position"));
    query.addBindValue(versionId);
    query.exec();
    QHash<qint64, size_t> topIndex;
    while (query.next()) {
        Section section;
        const qint64 id = query.value(0).toLongLong();
        section.code = query.value(2).toString();
        section.weight = numberOrNone(query.value(3));
        for (const QStringList& row : sectionTexts.value(id))
            section.title.insert(row[0], row[1]);
        section.questions = questionsBySection.value(id);
        if (query.value(1).isNull()) {
            topIndex.insert(id, questionnaire.sections.size());
            questionnaire.sections.push_back(std::move(section));
        } else if (topIndex.contains(query.value(1).toLongLong())) {
            questionnaire.sections[topIndex.value(query.value(1).toLongLong())].sections.push_back(std::move(section));
        }
    }
    return questionnaire;
}

std::optional<qint64> QuestionnaireStore::insertVersion(const QSqlDatabase& db, const Questionnaire& questionnaire,
                                                        QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM questionnaire WHERE code = ?"));
    query.addBindValue(questionnaire.code);
    qint64 questionnaireId = 0;
    if (query.exec() && query.next()) {
        questionnaireId = query.value(0).toLongLong();
    } else {
        query.prepare(QStringLiteral("INSERT INTO questionnaire (code, name, channel) VALUES (?, ?, ?)"));
        if (!run(query, {questionnaire.code, questionnaire.name, questionnaire.channel}, error))
            return std::nullopt;
        questionnaireId = query.lastInsertId().toLongLong();
    }
    query.prepare(QStringLiteral("INSERT INTO questionnaire_version (questionnaire_id, number, status, section_scoring, "
                                 "created_at) VALUES (?, (SELECT ifnull(max(number), 0) + 1 FROM questionnaire_version "
                                 "WHERE questionnaire_id = ?), 'draft', ?, ?)"));
    if (!run(query,
             {questionnaireId, questionnaireId,
              questionnaire.sectionScoring == SectionScoring::Weighted ? QStringLiteral("weighted") : QStringLiteral("pooled"),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
             error))
        return std::nullopt;
    const qint64 versionId = query.lastInsertId().toLongLong();
    if (!replaceContent(db, versionId, questionnaire, error))
        return std::nullopt;
    return versionId;
}

QString QuestionnaireStore::status(const QSqlDatabase& db, qint64 versionId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT status FROM questionnaire_version WHERE id = ?"));
    query.addBindValue(versionId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool QuestionnaireStore::replaceContent(const QSqlDatabase& db, qint64 versionId, const Questionnaire& questionnaire,
                                        QString* error)
{
    QSqlQuery query(db);
    // Languages the programme does not list yet are added at the end.
    for (const QString& language : questionnaire.languages) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO programme_language (code, position) "
                                     "VALUES (?, (SELECT ifnull(max(position), -1) + 1 FROM programme_language))"));
        if (!run(query, {language}, error))
            return false;
    }
    // Sub-sections, questions, options and every text go with their section (ON DELETE CASCADE).
    query.prepare(QStringLiteral("DELETE FROM section WHERE version_id = ?"));
    if (!run(query, {versionId}, error))
        return false;
    query.prepare(QStringLiteral("UPDATE questionnaire_version SET section_scoring = ? WHERE id = ?"));
    if (!run(query,
             {questionnaire.sectionScoring == SectionScoring::Weighted ? QStringLiteral("weighted") : QStringLiteral("pooled"),
              versionId},
             error))
        return false;
    query.prepare(QStringLiteral("UPDATE questionnaire SET name = ?, channel = ? WHERE id = "
                                 "(SELECT questionnaire_id FROM questionnaire_version WHERE id = ?)"));
    if (!run(query, {text(questionnaire.name), questionnaire.channel, versionId}, error))
        return false;

    QSqlQuery section(db);
    section.prepare(QStringLiteral("INSERT INTO section (version_id, parent_id, position, code, weight) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery sectionText(db);
    sectionText.prepare(QStringLiteral("INSERT INTO section_text (section_id, language, title) VALUES (?, ?, ?)"));
    QSqlQuery question(db);
    question.prepare(QStringLiteral("INSERT INTO question (version_id, section_id, position, code, type, allow_na, "
                                    "mandatory, scored, weight, critical, bonus, min_value, max_value, unit, show_if, "
                                    "comment_if) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery questionText(db);
    questionText.prepare(QStringLiteral("INSERT INTO question_text (question_id, language, text, help, low_label, "
                                        "high_label) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery option(db);
    option.prepare(QStringLiteral("INSERT INTO question_option (question_id, position, code, points, is_na) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery optionText(db);
    optionText.prepare(QStringLiteral("INSERT INTO option_text (option_id, language, label) VALUES (?, ?, ?)"));

    std::function<bool(const Section&, const QVariant&, int)> writeSection = [&](const Section& item,
                                                                                 const QVariant& parent, int position) {
        if (!run(section, {versionId, parent, position, item.code, optionalNumber(item.weight)}, error))
            return false;
        const qint64 sectionId = section.lastInsertId().toLongLong();
        for (auto it = item.title.cbegin(); it != item.title.cend(); ++it)
            if (!run(sectionText, {sectionId, it.key(), text(it.value())}, error))
                return false;
        int questionPosition = 0;
        for (Question each : item.questions) {
            each.ensureYesNoOptions();
            const QVariant showIf = each.showIf ? QVariant(conditionJson(each.showIf)) : QVariant(QMetaType(QMetaType::QString));
            const QVariant commentIf = each.commentIf ? QVariant(conditionJson(each.commentIf))
                                                      : QVariant(QMetaType(QMetaType::QString));
            if (!run(question,
                     {versionId, sectionId, ++questionPosition, each.code, QuestionTypes::code(each.type),
                      each.allowNa ? 1 : 0, each.mandatory ? 1 : 0, each.scored ? 1 : 0, each.weight,
                      criticalCode(each.critical), each.bonus ? 1 : 0, optionalNumber(each.minimum),
                      optionalNumber(each.maximum), text(each.unit), showIf, commentIf},
                     error))
                return false;
            const qint64 questionId = question.lastInsertId().toLongLong();
            for (auto it = each.text.cbegin(); it != each.text.cend(); ++it)
                if (!run(questionText,
                         {questionId, it.key(), text(it.value()), text(each.help.value(it.key())),
                          text(each.lowLabel.value(it.key())), text(each.highLabel.value(it.key()))},
                         error))
                    return false;
            int optionPosition = 0;
            for (const QuestionOption& choice : each.options) {
                if (!run(option, {questionId, ++optionPosition, choice.code, optionalNumber(choice.points), choice.isNa ? 1 : 0},
                         error))
                    return false;
                const qint64 optionId = option.lastInsertId().toLongLong();
                for (auto it = choice.label.cbegin(); it != choice.label.cend(); ++it)
                    if (!run(optionText, {optionId, it.key(), text(it.value())}, error))
                        return false;
            }
        }
        int childPosition = 0;
        for (const Section& child : item.sections)
            if (!writeSection(child, sectionId, ++childPosition))
                return false;
        return true;
    };
    int position = 0;
    for (const Section& top : questionnaire.sections)
        if (!writeSection(top, QVariant(QMetaType(QMetaType::LongLong)), ++position))
            return false;
    return true;
}
