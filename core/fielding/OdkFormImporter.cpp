#include "OdkFormImporter.h"

#include "OdkNames.h"
#include "XPathConditionParser.h"
#include "XlsFormReader.h"
#include "questionnaire/QuestionnaireValidator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace {

using Severity = QuestionnaireProblem::Severity;

bool isYes(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("true()") || v == QLatin1String("1");
}

std::optional<double> toNumber(const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Types that collect device or server data, not the shopper's answers.
const QSet<QString> kMetadataTypes = {
    QStringLiteral("start"),    QStringLiteral("end"),         QStringLiteral("today"),      QStringLiteral("deviceid"),
    QStringLiteral("username"), QStringLiteral("phonenumber"), QStringLiteral("simserial"),  QStringLiteral("subscriberid"),
    QStringLiteral("email"),    QStringLiteral("audit"),       QStringLiteral("calculate"),  QStringLiteral("hidden"),
    QStringLiteral("start-geopoint"), QStringLiteral("background-audio"), QStringLiteral("xml-external"),
    QStringLiteral("csv-external"), QStringLiteral("uri:deviceid"), QStringLiteral("uri:username"),
    QStringLiteral("uri:email"), QStringLiteral("uri:phonenumber"), QStringLiteral("uri:subscriberid"),
    QStringLiteral("uri:simserial"),
};

class Importer
{
public:
    Importer(const OdkForm& form, QList<QuestionnaireProblem>* problems)
        : m_form(form)
        , m_problems(problems)
        , m_ours(form.settingsExtra.contains(QStringLiteral("shopscope_code")))
    {
    }

    std::optional<Questionnaire> run();

private:
    QString where(const OdkRow& row) const
    {
        return row.line > 0 ? OdkFormImporter::tr("survey row %1 (%2)").arg(row.line).arg(row.name) : row.name;
    }
    void warn(const QString& place, const QString& message) { m_problems->append({Severity::Warning, place, message}); }
    void error(const QString& place, const QString& message) { m_problems->append({Severity::Error, place, message}); }
    QString codeOf(const OdkRow& row) const
    {
        const QString own = row.extra.value(QStringLiteral("shopscope_code"));
        return own.isEmpty() ? OdkNames::codeOfNodeName(row.name) : own;
    }
    Section* currentSection();
    void beginGroup(const OdkRow& row);
    void endGroup();
    void addQuestion(const OdkRow& row);
    bool isOwnField(const OdkRow& row) const;
    void fillSourceTexts();

    // What each open group became.
    enum class Opened { Section, SubSection, Folded };

    const OdkForm& m_form;
    QList<QuestionnaireProblem>* m_problems;
    bool m_ours = false;
    Questionnaire m_questionnaire;
    // Where questions go: indexes of the open top-level section and sub-section (-1: none).
    int m_top = -1;
    int m_sub = -1;
    std::vector<Opened> m_open; // the groups open, innermost last
    bool m_inLooseSection = false; // m_top is a section of questions outside any group
    int m_looseSections = 0;
    QHash<QString, QuestionType> m_earlier; // for conditions: questions before this one
    QSet<QString> m_sectionCodes;
};

bool Importer::isOwnField(const OdkRow& row) const
{
    // ShopScope's visit fields, comment fields and score calculations come back as the report's
    // fields and rules, not as questions.
    if (!m_ours)
        return false;
    static const QSet<QString> ownNames = {
        QLatin1String(OdkNames::kVisitId), QLatin1String(OdkNames::kLocation), QLatin1String(OdkNames::kScenario),
        QLatin1String(OdkNames::kShopper), QLatin1String(OdkNames::kDate),     QLatin1String(OdkNames::kTime),
        QLatin1String(OdkNames::kMinutes), QLatin1String(OdkNames::kStaff),    QLatin1String(OdkNames::kComment),
    };
    if (ownNames.contains(row.name))
        return true;
    if (row.name.startsWith(QLatin1String(OdkNames::kPrefix)) && row.baseType() == QLatin1String("calculate"))
        return true;
    // A question's comment field comes right after it; a text question of that name added by hand does not.
    if (row.name.endsWith(QLatin1String(OdkNames::kCommentSuffix)) && row.baseType() == QLatin1String("text")
        && !row.extra.contains(QStringLiteral("shopscope_type"))
        && m_earlier.contains(OdkNames::codeOfNodeName(row.name.chopped(int(qstrlen(OdkNames::kCommentSuffix))))))
        return true;
    return false;
}

Section* Importer::currentSection()
{
    if (m_top < 0) {
        // Questions outside any group get a section of their own, one per run of them.
        Section section;
        ++m_looseSections;
        section.code = m_looseSections == 1 ? QStringLiteral("MAIN") : QStringLiteral("MAIN%1").arg(m_looseSections);
        while (m_sectionCodes.contains(section.code))
            section.code += QLatin1Char('_');
        m_sectionCodes.insert(section.code);
        for (const QString& language : m_questionnaire.languages)
            section.title.insert(language, m_questionnaire.name);
        m_questionnaire.sections.push_back(section);
        m_top = int(m_questionnaire.sections.size() - 1);
        m_sub = -1;
        m_inLooseSection = true; // until the next group starts
    }
    Section& top = m_questionnaire.sections[size_t(m_top)];
    return m_sub >= 0 ? &top.sections[size_t(m_sub)] : &top;
}

void Importer::beginGroup(const OdkRow& row)
{
    if (m_inLooseSection) { // a run of questions outside any group ends
        m_inLooseSection = false;
        m_top = -1;
    }
    if (row.baseType() == QLatin1String("begin_repeat"))
        warn(where(row), OdkFormImporter::tr("a repeat becomes a plain section: its questions are asked once per visit"));
    Section section;
    section.code = codeOf(row);
    if (!QuestionnaireValidator::isValidCode(section.code)) {
        error(where(row), OdkFormImporter::tr("the group name “%1” cannot be a section code (1-40 letters, digits, “_”, “-” or “.”)")
                              .arg(section.code));
    }
    if (m_sectionCodes.contains(section.code))
        error(where(row), OdkFormImporter::tr("the group name “%1” is used twice").arg(section.code));
    m_sectionCodes.insert(section.code);
    section.title = row.label;
    if (section.title.isEmpty())
        section.title.insert(m_questionnaire.sourceLanguage, row.name);
    section.weight = toNumber(row.extra.value(QStringLiteral("shopscope_weight")));
    if (m_top < 0) {
        m_questionnaire.sections.push_back(section);
        m_top = int(m_questionnaire.sections.size() - 1);
        m_open.push_back(Opened::Section);
    } else if (m_sub < 0) {
        auto& children = m_questionnaire.sections[size_t(m_top)].sections;
        children.push_back(section);
        m_sub = int(children.size() - 1);
        m_open.push_back(Opened::SubSection);
    } else {
        warn(where(row), OdkFormImporter::tr("groups nest only two deep in a questionnaire: its questions join the group around it"));
        m_sectionCodes.remove(section.code);
        m_open.push_back(Opened::Folded);
    }
}

void Importer::endGroup()
{
    if (m_open.empty())
        return;
    const Opened opened = m_open.back();
    m_open.pop_back();
    if (opened == Opened::SubSection)
        m_sub = -1;
    else if (opened == Opened::Section)
        m_top = -1;
}

void Importer::addQuestion(const OdkRow& row)
{
    const QString place = where(row);
    const QString base = row.baseType();
    Question question;
    question.code = codeOf(row);
    if (!QuestionnaireValidator::isValidCode(question.code)) {
        error(place, OdkFormImporter::tr("the name “%1” cannot be a question code (1-40 letters, digits, “_”, “-” or “.”)")
                         .arg(question.code));
        return;
    }
    question.text = row.label;
    if (question.text.isEmpty())
        question.text.insert(m_questionnaire.sourceLanguage, row.name);
    question.help = row.hint;
    const QString ownType = row.extra.value(QStringLiteral("shopscope_type"));
    const OdkChoiceList* list = m_form.choiceList(row.listName());

    if (!ownType.isEmpty()) {
        const auto type = QuestionTypes::fromCode(ownType);
        if (!type) {
            error(place, OdkFormImporter::tr("unknown shopscope_type “%1”").arg(ownType));
            return;
        }
        question.type = *type;
    } else if (base == QLatin1String("select_one") || base == QLatin1String("select_multiple")) {
        question.type = base == QLatin1String("select_one") ? QuestionType::Single : QuestionType::Multiple;
        if (row.type.contains(QLatin1String("or_other")))
            warn(place, OdkFormImporter::tr("“or_other” becomes an option “other”; the text the shopper types for it "
                                             "has no question of its own"));
    } else if (base == QLatin1String("integer") || base == QLatin1String("decimal")) {
        question.type = QuestionType::Number;
    } else if (base == QLatin1String("range")) {
        question.type = QuestionType::Rating;
    } else if (base == QLatin1String("date")) {
        question.type = QuestionType::Date;
    } else if (base == QLatin1String("datetime")) {
        question.type = QuestionType::Date;
        warn(place, OdkFormImporter::tr("a date and time becomes a date question"));
    } else if (base == QLatin1String("time")) {
        question.type = QuestionType::Time;
    } else if (base == QLatin1String("text") || base == QLatin1String("string")) {
        question.type = QuestionType::Text;
    } else {
        return;
    }

    // Choices.
    if (QuestionTypes::hasOptions(question.type) && list) {
        const bool builtIn = row.extra.value(QStringLiteral("shopscope_builtin_options")) == QLatin1String("yes");
        if (!builtIn) {
            for (const OdkChoice& choice : list->choices) {
                if (isYes(choice.extra.value(QStringLiteral("shopscope_added"))))
                    continue; // the "na" the export adds for a question's N/A, not an option of it
                QuestionOption option;
                option.code = choice.name;
                option.label = choice.label;
                option.points = toNumber(choice.extra.value(QStringLiteral("shopscope_points")));
                option.isNa = isYes(choice.extra.value(QStringLiteral("shopscope_na")));
                if (!QuestionnaireValidator::isValidCode(option.code))
                    error(OdkFormImporter::tr("choices row %1").arg(choice.line),
                          OdkFormImporter::tr("the choice name “%1” cannot be an option code (1-40 letters, digits, “_”, “-” or “.”)")
                              .arg(option.code));
                question.options.push_back(option);
            }
            if (row.type.contains(QLatin1String("or_other")))
                question.options.push_back({QStringLiteral("other"), std::nullopt, false,
                                            {{m_questionnaire.sourceLanguage, QStringLiteral("Other")}}});
        }
        // A foreign yes/no list is a yes/no question.
        if (ownType.isEmpty() && question.type == QuestionType::Single) {
            QStringList names;
            for (const QuestionOption& option : question.options)
                names << option.code.toLower();
            const bool yesNo = names.size() >= 2 && names.at(0) == QLatin1String("yes") && names.at(1) == QLatin1String("no");
            const bool naOnly = names.size() == 3 && (names.at(2) == QLatin1String("na") || names.at(2) == QLatin1String("n/a"));
            if (yesNo && (names.size() == 2 || naOnly)) {
                question.type = QuestionType::YesNo;
                question.allowNa = naOnly;
                for (QuestionOption& option : question.options) {
                    option.code = option.code.toLower();
                    option.isNa = option.code != QLatin1String("yes") && option.code != QLatin1String("no");
                    option.points = option.isNa ? std::nullopt : std::optional<double>(option.code == QLatin1String("yes") ? 1 : 0);
                }
            }
        }
    }
    if (question.type == QuestionType::Rating || question.type == QuestionType::Nps) {
        question.options.clear();
        if (ownType.isEmpty() && base == QLatin1String("range")) {
            static const QRegularExpression start(QStringLiteral("start\\s*=\\s*(-?[0-9.]+)"));
            static const QRegularExpression end(QStringLiteral("end\\s*=\\s*(-?[0-9.]+)"));
            const QString parameters = row.extra.value(QStringLiteral("parameters"));
            question.minimum = toNumber(start.match(parameters).captured(1)).value_or(1);
            question.maximum = toNumber(end.match(parameters).captured(1)).value_or(10);
            if (question.maximum.value_or(10) - question.minimum.value_or(1) > 20) {
                question.type = QuestionType::Number;
                warn(place, OdkFormImporter::tr("a range of more than 20 steps becomes a number question"));
            }
        }
    }

    // ShopScope's own settings, when the form is one ShopScope wrote.
    if (!ownType.isEmpty()) {
        question.allowNa = isYes(row.extra.value(QStringLiteral("shopscope_allow_na")));
        question.scored = isYes(row.extra.value(QStringLiteral("shopscope_scored")));
        question.weight = toNumber(row.extra.value(QStringLiteral("shopscope_weight"))).value_or(1);
        const QString critical = row.extra.value(QStringLiteral("shopscope_critical"));
        question.critical = critical == QLatin1String("section") ? Critical::Section
                            : critical == QLatin1String("visit") ? Critical::Visit
                                                                 : Critical::None;
        question.bonus = isYes(row.extra.value(QStringLiteral("shopscope_bonus")));
        question.minimum = toNumber(row.extra.value(QStringLiteral("shopscope_min")));
        question.maximum = toNumber(row.extra.value(QStringLiteral("shopscope_max")));
        question.unit = row.extra.value(QStringLiteral("shopscope_unit"));
        question.lowLabel = row.extraTexts.value(QStringLiteral("shopscope_low_label"));
        question.highLabel = row.extraTexts.value(QStringLiteral("shopscope_high_label"));
        if (!question.unit.isEmpty()) {
            // The unit was shown after the help on the phone; the help itself is what came before.
            for (auto it = question.help.begin(); it != question.help.end();) {
                QString help = it.value();
                const QString suffix = QStringLiteral("[%1]").arg(question.unit);
                if (help.endsWith(suffix))
                    help = help.chopped(suffix.size()).trimmed();
                if (help.isEmpty()) {
                    it = question.help.erase(it);
                } else {
                    it.value() = help;
                    ++it;
                }
            }
        }
        question.mandatory = row.extra.value(QStringLiteral("shopscope_mandatory")) != QLatin1String("no");
        if (row.extra.value(QStringLiteral("shopscope_builtin_options")) == QLatin1String("yes")) {
            question.options.clear(); // ShopScope's own yes / no (/ N/A), as it makes them
            question.ensureYesNoOptions();
        }
    } else {
        question.mandatory = isYes(row.required);
        if (!question.mandatory && !row.required.isEmpty() && row.required.toLower() != QLatin1String("no")
            && row.required.toLower() != QLatin1String("false") && row.required.toLower() != QLatin1String("false()"))
            warn(place, OdkFormImporter::tr("“required” only under a condition (%1) is not kept: the question is optional")
                            .arg(row.required));
        if (question.type == QuestionType::Number && !row.constraint.isEmpty()) {
            static const QRegularExpression low(QStringLiteral("\\.\\s*>=?\\s*(-?[0-9.]+)"));
            static const QRegularExpression high(QStringLiteral("\\.\\s*<=?\\s*(-?[0-9.]+)"));
            question.minimum = toNumber(low.match(row.constraint).captured(1));
            question.maximum = toNumber(high.match(row.constraint).captured(1));
        }
    }

    // Conditions: ShopScope's own JSON when there is one, else the relevant expression.
    auto readCondition = [&](const QString& json, const QString& expression, const char* what) -> std::optional<Condition> {
        QString why;
        if (!json.isEmpty()) {
            const auto condition = Condition::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &why);
            if (!condition)
                warn(place, OdkFormImporter::tr("the %1 condition %2 cannot be read (%3); it is left out")
                                .arg(QLatin1String(what), json, why));
            return condition;
        }
        if (expression.isEmpty())
            return std::nullopt;
        const XPathConditionParser parser(m_earlier);
        const auto parsed = parser.parse(expression, question.code, &why);
        std::optional<Condition> condition;
        if (parsed)
            condition = Condition::fromJson(*parsed, &why);
        if (!condition)
            warn(place, OdkFormImporter::tr("the condition “%1” is left out, the question is always shown: %2").arg(expression, why));
        return condition;
    };
    // A question without ShopScope's JSON (added to the workbook by hand) has its relevant read.
    question.showIf = readCondition(row.extra.value(QStringLiteral("shopscope_show_if")),
                                    row.extra.contains(QStringLiteral("shopscope_show_if")) ? QString() : row.relevant, "show-if");
    question.commentIf = readCondition(row.extra.value(QStringLiteral("shopscope_comment_if")), QString(), "comment-if");
    if (!row.constraint.isEmpty() && ownType.isEmpty() && question.type != QuestionType::Number)
        warn(place, OdkFormImporter::tr("the constraint “%1” is not kept").arg(row.constraint));

    m_earlier.insert(question.code, question.type);
    currentSection()->questions.push_back(std::move(question));
}

// Forms often leave a language out here and there; a questionnaire needs every text in its
// source language, so another language's text stands in, and the user is told how often.
void Importer::fillSourceTexts()
{
    const QString source = m_questionnaire.sourceLanguage;
    int filled = 0;
    auto fill = [&](LocalizedText& texts, bool required, const QString& fallback = QString()) {
        if (!texts.value(source).trimmed().isEmpty())
            return;
        if (std::all_of(texts.cbegin(), texts.cend(), [](const QString& text) { return text.trimmed().isEmpty(); })) {
            if (!fallback.isEmpty()) // a choice shown as a picture only: its name is its label
                texts.insert(source, fallback);
            return;
        }
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (!it.value().trimmed().isEmpty()) {
                const QString text = it.value();
                texts.insert(source, text);
                filled += required ? 1 : 0;
                return;
            }
        }
    };
    std::function<void(Section&)> walk = [&](Section& section) {
        fill(section.title, true);
        for (Question& question : section.questions) {
            fill(question.text, true);
            fill(question.help, false);
            for (QuestionOption& option : question.options)
                fill(option.label, true, option.code);
        }
        for (Section& child : section.sections)
            walk(child);
    };
    for (Section& section : m_questionnaire.sections)
        walk(section);
    if (filled > 0)
        warn(QString(), OdkFormImporter::tr("%n text(s) have no %1 version; another language's text stands in", nullptr, filled)
                         .arg(source));
}

std::optional<Questionnaire> Importer::run()
{
    m_questionnaire.code = m_form.settingsExtra.value(QStringLiteral("shopscope_code"), m_form.id).left(40);
    m_questionnaire.code.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.\\-]")), QStringLiteral("_"));
    m_questionnaire.name = m_form.title.isEmpty() ? m_form.id : m_form.title;
    m_questionnaire.channel = m_form.settingsExtra.value(QStringLiteral("shopscope_channel"), QStringLiteral("visit"));
    m_questionnaire.sectionScoring = m_form.settingsExtra.value(QStringLiteral("shopscope_section_scoring")) == QLatin1String("weighted")
                                         ? SectionScoring::Weighted
                                         : SectionScoring::Pooled;
    m_questionnaire.sourceLanguage = m_form.defaultLanguage;
    m_questionnaire.languages = m_form.languages;

    QMap<QString, QStringList> skipped; // type -> rows
    for (const OdkRow& row : m_form.rows) {
        const QString base = row.baseType();
        if (base == QLatin1String("begin_group") || base == QLatin1String("begin_repeat")) {
            if (m_ours && row.name.startsWith(QLatin1String(OdkNames::kPrefix))) {
                m_open.push_back(Opened::Folded); // ShopScope's visit group: its fields are the report's
                continue;
            }
            beginGroup(row);
            continue;
        }
        if (base == QLatin1String("end_group") || base == QLatin1String("end_repeat")) {
            endGroup();
            continue;
        }
        if (isOwnField(row))
            continue;
        static const QSet<QString> questionTypes = {
            QStringLiteral("select_one"), QStringLiteral("select_multiple"), QStringLiteral("integer"),
            QStringLiteral("decimal"),    QStringLiteral("range"),           QStringLiteral("date"),
            QStringLiteral("datetime"),   QStringLiteral("time"),            QStringLiteral("text"),
            QStringLiteral("string"),
        };
        if (!questionTypes.contains(base)) {
            skipped[base] << QString::number(row.line);
            continue;
        }
        addQuestion(row);
    }
    QStringList deviceData;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
        const QString rows = it.value().join(QStringLiteral(", "));
        if (kMetadataTypes.contains(it.key()))
            deviceData << OdkFormImporter::tr("%1 (row %2)").arg(it.key(), rows);
        else if (it.key() == QLatin1String("note"))
            warn(QString(), OdkFormImporter::tr("notes (survey rows %1) are texts, not questions: left out").arg(rows));
        else
            warn(QString(), OdkFormImporter::tr("ShopScope has no “%1” question (survey rows %2): left out").arg(it.key(), rows));
    }
    if (!deviceData.isEmpty())
        warn(QString(), OdkFormImporter::tr("device data and calculations are not answers: left out %1")
                            .arg(deviceData.join(QStringLiteral(", "))));
    fillSourceTexts();
    if (m_questionnaire.questionsInOrder().empty())
        error(QString(), OdkFormImporter::tr("the form has no question ShopScope can take"));
    if (QuestionnaireValidator::hasErrors(*m_problems))
        return std::nullopt;
    return m_questionnaire;
}

} // namespace

std::optional<Questionnaire> OdkFormImporter::toQuestionnaire(const OdkForm& form, QList<QuestionnaireProblem>* problems)
{
    return Importer(form, problems).run();
}

std::optional<Questionnaire> OdkFormImporter::fromWorkbook(const QString& path, QList<QuestionnaireProblem>* problems)
{
    const auto form = XlsFormReader::read(path, problems);
    return form ? toQuestionnaire(*form, problems) : std::nullopt;
}
