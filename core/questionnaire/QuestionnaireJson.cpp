#include "QuestionnaireJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QString kFormat = QStringLiteral("shopscope-questionnaire");

QJsonObject textsToJson(const LocalizedText& texts)
{
    QJsonObject object;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString criticalCode(Critical critical)
{
    return critical == Critical::Visit ? QStringLiteral("visit")
           : critical == Critical::Section ? QStringLiteral("section") : QStringLiteral("none");
}

// Reads with the place of every problem.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireJson)

public:
    explicit Reader(QList<QuestionnaireProblem>* problems)
        : m_problems(problems)
    {
    }

    bool failed() const { return m_failed; }

    void error(const QString& where, const QString& message)
    {
        m_failed = true;
        m_problems->append({QuestionnaireProblem::Severity::Error, where, message});
    }

    void onlyKeys(const QJsonObject& object, const QString& where, const QStringList& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                error(where, tr("unknown key “%1” (allowed: %2)").arg(it.key(), allowed.join(QStringLiteral(", "))));
    }

    QString string(const QJsonObject& object, const QString& key, const QString& where, bool required,
                   const QString& fallback = {})
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(where, tr("“%1” is missing").arg(key));
            return fallback;
        }
        if (!value.isString()) {
            error(where + QLatin1Char('.') + key, tr("must be text"));
            return fallback;
        }
        return value.toString();
    }

    bool boolean(const QJsonObject& object, const QString& key, const QString& where, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            error(where + QLatin1Char('.') + key, tr("must be true or false"));
            return fallback;
        }
        return value.toBool();
    }

    std::optional<double> number(const QJsonObject& object, const QString& key, const QString& where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            error(where + QLatin1Char('.') + key, tr("must be a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    LocalizedText texts(const QJsonObject& object, const QString& key, const QString& where, bool required)
    {
        LocalizedText result;
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(where, tr("“%1” is missing").arg(key));
            return result;
        }
        if (!value.isObject()) {
            error(where + QLatin1Char('.') + key, tr("must be an object of texts by language, e.g. {\"en\": \"...\"}"));
            return result;
        }
        const QJsonObject texts = value.toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (!it.value().isString())
                error(where + QLatin1Char('.') + key + QLatin1Char('.') + it.key(), tr("must be text"));
            else
                result.insert(it.key(), it.value().toString());
        }
        return result;
    }

    std::optional<Condition> condition(const QJsonObject& object, const QString& key, const QString& where)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        QString problem;
        const auto condition = value.isObject() ? Condition::fromJson(value.toObject(), &problem) : std::nullopt;
        if (!condition)
            error(where + QLatin1Char('.') + key, problem.isEmpty() ? tr("must be a condition object") : problem);
        return condition;
    }

    Question question(const QJsonObject& object, const QString& where)
    {
        onlyKeys(object, where,
                 {QStringLiteral("code"), QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("help"),
                  QStringLiteral("low_label"), QStringLiteral("high_label"), QStringLiteral("allow_na"),
                  QStringLiteral("mandatory"), QStringLiteral("scored"), QStringLiteral("weight"),
                  QStringLiteral("critical"), QStringLiteral("bonus"), QStringLiteral("min"), QStringLiteral("max"),
                  QStringLiteral("unit"), QStringLiteral("show_if"), QStringLiteral("comment_if"),
                  QStringLiteral("options")});
        Question question;
        question.code = string(object, QStringLiteral("code"), where, true);
        const QString type = string(object, QStringLiteral("type"), where, true);
        if (const auto parsed = QuestionTypes::fromCode(type))
            question.type = *parsed;
        else if (!type.isEmpty())
            error(where + QStringLiteral(".type"),
                  tr("unknown type “%1” (use yes_no, rating, nps, single, multiple, number, date, time or text)").arg(type));
        question.text = texts(object, QStringLiteral("text"), where, true);
        question.help = texts(object, QStringLiteral("help"), where, false);
        question.lowLabel = texts(object, QStringLiteral("low_label"), where, false);
        question.highLabel = texts(object, QStringLiteral("high_label"), where, false);
        question.allowNa = boolean(object, QStringLiteral("allow_na"), where, false);
        question.mandatory = boolean(object, QStringLiteral("mandatory"), where, true);
        question.scored = boolean(object, QStringLiteral("scored"), where, false);
        question.weight = number(object, QStringLiteral("weight"), where).value_or(1);
        const QString critical = string(object, QStringLiteral("critical"), where, false, QStringLiteral("none"));
        if (critical == QLatin1String("section"))
            question.critical = Critical::Section;
        else if (critical == QLatin1String("visit"))
            question.critical = Critical::Visit;
        else if (critical != QLatin1String("none"))
            error(where + QStringLiteral(".critical"), tr("must be none, section or visit, not “%1”").arg(critical));
        question.bonus = boolean(object, QStringLiteral("bonus"), where, false);
        question.minimum = number(object, QStringLiteral("min"), where);
        question.maximum = number(object, QStringLiteral("max"), where);
        question.unit = string(object, QStringLiteral("unit"), where, false);
        question.showIf = condition(object, QStringLiteral("show_if"), where);
        question.commentIf = condition(object, QStringLiteral("comment_if"), where);
        const QJsonValue options = object.value(QStringLiteral("options"));
        if (!options.isUndefined() && !options.isArray())
            error(where + QStringLiteral(".options"), tr("must be a list"));
        const QJsonArray optionList = options.toArray();
        for (qsizetype i = 0; i < optionList.size(); ++i) {
            const QString place = where + QStringLiteral(".options[%1]").arg(i);
            const QJsonObject item = optionList.at(i).toObject();
            onlyKeys(item, place, {QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("points"), QStringLiteral("na")});
            QuestionOption option;
            option.code = string(item, QStringLiteral("code"), place, true);
            option.label = texts(item, QStringLiteral("label"), place, false);
            option.points = number(item, QStringLiteral("points"), place);
            option.isNa = boolean(item, QStringLiteral("na"), place, false);
            question.options.push_back(option);
        }
        question.ensureYesNoOptions();
        return question;
    }

    Section section(const QJsonObject& object, const QString& where, int depth)
    {
        onlyKeys(object, where,
                 {QStringLiteral("code"), QStringLiteral("weight"), QStringLiteral("title"), QStringLiteral("questions"),
                  QStringLiteral("sections")});
        Section section;
        section.code = string(object, QStringLiteral("code"), where, true);
        section.weight = number(object, QStringLiteral("weight"), where);
        section.title = texts(object, QStringLiteral("title"), where, true);
        const QJsonArray questions = object.value(QStringLiteral("questions")).toArray();
        for (qsizetype i = 0; i < questions.size(); ++i)
            section.questions.push_back(question(questions.at(i).toObject(), where + QStringLiteral(".questions[%1]").arg(i)));
        const QJsonArray children = object.value(QStringLiteral("sections")).toArray();
        if (depth > 0 && !children.isEmpty())
            error(where + QStringLiteral(".sections"), tr("sections nest one level deep only"));
        for (qsizetype i = 0; i < children.size() && depth == 0; ++i)
            section.sections.push_back(this->section(children.at(i).toObject(), where + QStringLiteral(".sections[%1]").arg(i), 1));
        return section;
    }

private:
    QList<QuestionnaireProblem>* m_problems;
    bool m_failed = false;
};

} // namespace

QJsonObject QuestionnaireJson::toJson(const Questionnaire& questionnaire)
{
    std::function<QJsonObject(const Section&)> sectionToJson = [&](const Section& section) {
        QJsonObject object{{QStringLiteral("code"), section.code}, {QStringLiteral("title"), textsToJson(section.title)}};
        if (section.weight)
            object.insert(QStringLiteral("weight"), *section.weight);
        QJsonArray questions;
        for (const Question& question : section.questions) {
            QJsonObject item{{QStringLiteral("code"), question.code},
                             {QStringLiteral("type"), QuestionTypes::code(question.type)},
                             {QStringLiteral("text"), textsToJson(question.text)},
                             {QStringLiteral("mandatory"), question.mandatory},
                             {QStringLiteral("scored"), question.scored},
                             {QStringLiteral("weight"), question.weight}};
            if (!question.help.isEmpty())
                item.insert(QStringLiteral("help"), textsToJson(question.help));
            if (!question.lowLabel.isEmpty())
                item.insert(QStringLiteral("low_label"), textsToJson(question.lowLabel));
            if (!question.highLabel.isEmpty())
                item.insert(QStringLiteral("high_label"), textsToJson(question.highLabel));
            if (question.type == QuestionType::YesNo)
                item.insert(QStringLiteral("allow_na"), question.allowNa);
            if (question.critical != Critical::None)
                item.insert(QStringLiteral("critical"), criticalCode(question.critical));
            if (question.bonus)
                item.insert(QStringLiteral("bonus"), true);
            if (question.minimum)
                item.insert(QStringLiteral("min"), *question.minimum);
            if (question.maximum)
                item.insert(QStringLiteral("max"), *question.maximum);
            if (!question.unit.isEmpty())
                item.insert(QStringLiteral("unit"), question.unit);
            if (question.showIf)
                item.insert(QStringLiteral("show_if"), question.showIf->toJson());
            if (question.commentIf)
                item.insert(QStringLiteral("comment_if"), question.commentIf->toJson());
            if (!question.options.empty()) {
                QJsonArray options;
                for (const QuestionOption& option : question.options) {
                    QJsonObject choice{{QStringLiteral("code"), option.code}};
                    if (!option.label.isEmpty())
                        choice.insert(QStringLiteral("label"), textsToJson(option.label));
                    if (option.points)
                        choice.insert(QStringLiteral("points"), *option.points);
                    if (option.isNa)
                        choice.insert(QStringLiteral("na"), true);
                    options.append(choice);
                }
                item.insert(QStringLiteral("options"), options);
            }
            questions.append(item);
        }
        object.insert(QStringLiteral("questions"), questions);
        if (!section.sections.empty()) {
            QJsonArray children;
            for (const Section& child : section.sections)
                children.append(sectionToJson(child));
            object.insert(QStringLiteral("sections"), children);
        }
        return object;
    };
    QJsonArray sections;
    for (const Section& section : questionnaire.sections)
        sections.append(sectionToJson(section));
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("format_version"), formatVersion},
            {QStringLiteral("code"), questionnaire.code},
            {QStringLiteral("name"), questionnaire.name},
            {QStringLiteral("channel"), questionnaire.channel},
            {QStringLiteral("section_scoring"), questionnaire.sectionScoring == SectionScoring::Weighted
                                                     ? QStringLiteral("weighted") : QStringLiteral("pooled")},
            {QStringLiteral("source_language"), questionnaire.sourceLanguage},
            {QStringLiteral("languages"), QJsonArray::fromStringList(questionnaire.languages)},
            {QStringLiteral("sections"), sections}};
}

QByteArray QuestionnaireJson::toBytes(const Questionnaire& questionnaire)
{
    return QJsonDocument(toJson(questionnaire)).toJson(QJsonDocument::Indented);
}

std::optional<Questionnaire> QuestionnaireJson::fromBytes(const QByteArray& bytes, QList<QuestionnaireProblem>* problems)
{
    QList<QuestionnaireProblem> local;
    QList<QuestionnaireProblem>* list = problems ? problems : &local;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Say where: line and column of the offset.
        const QByteArray head = bytes.left(parseError.offset);
        const qsizetype line = head.count('\n') + 1;
        const qsizetype column = parseError.offset - (head.lastIndexOf('\n') + 1) + 1;
        list->append({QuestionnaireProblem::Severity::Error, tr("line %1, column %2").arg(line).arg(column),
                      parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : tr("the file must hold one JSON object")});
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader reader(list);
    reader.onlyKeys(root, QStringLiteral("(top)"),
                    {QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("code"),
                     QStringLiteral("name"), QStringLiteral("channel"), QStringLiteral("section_scoring"),
                     QStringLiteral("source_language"), QStringLiteral("languages"), QStringLiteral("sections")});
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        reader.error(QStringLiteral("format"), tr("this is not a ShopScope questionnaire (\"format\" must be \"%1\")").arg(kFormat));
    const int version = root.value(QStringLiteral("format_version")).toInt(-1);
    if (version != formatVersion)
        reader.error(QStringLiteral("format_version"),
                     version > formatVersion ? tr("format version %1 is newer than this ShopScope reads (%2)").arg(version).arg(formatVersion)
                                             : tr("must be %1").arg(formatVersion));
    Questionnaire questionnaire;
    questionnaire.code = reader.string(root, QStringLiteral("code"), QStringLiteral("(top)"), true);
    questionnaire.name = reader.string(root, QStringLiteral("name"), QStringLiteral("(top)"), true);
    questionnaire.channel = reader.string(root, QStringLiteral("channel"), QStringLiteral("(top)"), false, QStringLiteral("visit"));
    const QString scoring = reader.string(root, QStringLiteral("section_scoring"), QStringLiteral("(top)"), false,
                                          QStringLiteral("pooled"));
    if (scoring == QLatin1String("weighted"))
        questionnaire.sectionScoring = SectionScoring::Weighted;
    else if (scoring != QLatin1String("pooled"))
        reader.error(QStringLiteral("section_scoring"), tr("must be pooled or weighted, not “%1”").arg(scoring));
    questionnaire.sourceLanguage = reader.string(root, QStringLiteral("source_language"), QStringLiteral("(top)"), false,
                                                 QStringLiteral("en"));
    questionnaire.languages.clear();
    for (const QJsonValue& language : root.value(QStringLiteral("languages")).toArray())
        questionnaire.languages << language.toString();
    if (questionnaire.languages.isEmpty())
        questionnaire.languages << questionnaire.sourceLanguage;
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    for (qsizetype i = 0; i < sections.size(); ++i)
        questionnaire.sections.push_back(reader.section(sections.at(i).toObject(), QStringLiteral("sections[%1]").arg(i), 0));
    if (reader.failed())
        return std::nullopt;
    return questionnaire;
}
