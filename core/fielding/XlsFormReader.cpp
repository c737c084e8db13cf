#include "XlsFormReader.h"

#include "OdkNames.h"
#include "io/XlsxReader.h"
#include "questionnaire/QuestionnaireValidator.h"

#include <QFileInfo>
#include <QHash>

namespace {

using Severity = QuestionnaireProblem::Severity;

// Column names pyxform also accepts, as the names this reader uses.
QString canonicalColumn(QString name)
{
    name = name.trimmed().toLower();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("list name"), QStringLiteral("list_name")},
        {QStringLiteral("relevance"), QStringLiteral("relevant")},
        {QStringLiteral("required message"), QStringLiteral("required_message")},
        {QStringLiteral("constraint message"), QStringLiteral("constraint_message")},
        {QStringLiteral("calculate"), QStringLiteral("calculation")},
        {QStringLiteral("title"), QStringLiteral("form_title")},
        {QStringLiteral("id_string"), QStringLiteral("form_id")},
    };
    return aliases.value(name, name);
}

// One sheet's columns: plain ones by name, per-language ones by name and language label.
class Columns
{
public:
    explicit Columns(const QStringList& header)
    {
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString cell = header.at(i).trimmed();
            if (cell.isEmpty())
                continue;
            const qsizetype split = cell.indexOf(QStringLiteral("::"));
            const qsizetype single = cell.indexOf(QLatin1Char(':'));
            if (split > 0) {
                m_languageColumns[canonicalColumn(cell.left(split))].insert(cell.mid(split + 2).trimmed(), int(i));
            } else if (single > 0 && !cell.startsWith(QLatin1String("bind")) && !cell.startsWith(QLatin1String("instance"))) {
                m_languageColumns[canonicalColumn(cell.left(single))].insert(cell.mid(single + 1).trimmed(), int(i));
            } else {
                m_columns.insert(canonicalColumn(cell), int(i));
            }
        }
    }
    bool has(const QString& name) const { return m_columns.contains(name); }
    QString value(const QStringList& row, const QString& name) const
    {
        const int index = m_columns.value(name, -1);
        return index >= 0 ? row.value(index).trimmed() : QString();
    }
    // label::X columns as {language label: text}, the plain column as the default language's.
    QMap<QString, QString> texts(const QStringList& row, const QString& name, const QString& defaultLabel) const
    {
        QMap<QString, QString> result;
        const auto perLanguage = m_languageColumns.value(name);
        for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it)
            if (!row.value(it.value()).trimmed().isEmpty())
                result.insert(it.key(), row.value(it.value()).trimmed());
        const QString plain = value(row, name);
        if (!plain.isEmpty() && !result.contains(defaultLabel))
            result.insert(defaultLabel, plain);
        return result;
    }
    QStringList languageLabels() const
    {
        QStringList labels;
        for (const QString& column : {QStringLiteral("label"), QStringLiteral("hint")})
            for (const QString& label : m_languageColumns.value(column).keys())
                if (!labels.contains(label))
                    labels << label;
        return labels;
    }
    QStringList extraColumns() const
    {
        QStringList names;
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
            if (it.key().startsWith(QLatin1String("shopscope_")))
                names << it.key();
        return names;
    }
    QStringList extraTextColumns() const
    {
        QStringList names;
        for (auto it = m_languageColumns.cbegin(); it != m_languageColumns.cend(); ++it)
            if (it.key().startsWith(QLatin1String("shopscope_")))
                names << it.key();
        return names;
    }

private:
    QHash<QString, int> m_columns;
    QHash<QString, QMap<QString, int>> m_languageColumns;
};

const XlsxReader::Sheet* findSheet(const QList<XlsxReader::Sheet>& sheets, const QString& name)
{
    for (const XlsxReader::Sheet& sheet : sheets)
        if (sheet.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return &sheet;
    return nullptr;
}

// "select one yes_no" -> "select_one yes_no"; "begin group" -> "begin_group".
QString normalisedType(const QString& type)
{
    QStringList words = type.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2) {
        const QString first = words.first().toLower();
        const QString second = words.at(1).toLower();
        if ((first == QLatin1String("select") && (second == QLatin1String("one") || second == QLatin1String("multiple")))
            || ((first == QLatin1String("begin") || first == QLatin1String("end"))
                && (second == QLatin1String("group") || second == QLatin1String("repeat")))) {
            words[0] = first + QLatin1Char('_') + second;
            words.removeAt(1);
        }
    }
    if (!words.isEmpty())
        words[0] = words[0].toLower();
    // The old "select_one from yes_no" spelling.
    if (words.size() >= 3 && words.at(1).compare(QLatin1String("from"), Qt::CaseInsensitive) == 0
        && words.at(0).startsWith(QLatin1String("select_")))
        words.removeAt(1);
    return words.join(QLatin1Char(' '));
}

} // namespace

std::optional<OdkForm> XlsFormReader::read(const QString& path, QList<QuestionnaireProblem>* problems)
{
    auto error = [&](const QString& where, const QString& message) {
        problems->append({Severity::Error, where, message});
    };
    QString readError;
    const auto sheets = XlsxReader::read(path, &readError);
    if (!sheets) {
        error(QString(), readError);
        return std::nullopt;
    }
    const XlsxReader::Sheet* survey = findSheet(*sheets, QStringLiteral("survey"));
    if (!survey || survey->rows.isEmpty()) {
        QStringList names;
        for (const XlsxReader::Sheet& sheet : *sheets)
            names << sheet.name;
        error(QString(), tr("an XLSForm needs a “survey” sheet; this workbook has %1").arg(names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const XlsxReader::Sheet* choicesSheet = findSheet(*sheets, QStringLiteral("choices"));
    const XlsxReader::Sheet* settingsSheet = findSheet(*sheets, QStringLiteral("settings"));

    OdkForm form;
    // Settings first: the default language names the plain "label" column's language.
    QString defaultLabel;
    if (settingsSheet && settingsSheet->rows.size() >= 2) {
        const Columns columns(settingsSheet->rows.first());
        const QStringList& row = settingsSheet->rows.at(1);
        form.title = columns.value(row, QStringLiteral("form_title"));
        form.id = columns.value(row, QStringLiteral("form_id"));
        form.version = columns.value(row, QStringLiteral("version"));
        defaultLabel = columns.value(row, QStringLiteral("default_language"));
        for (const QString& extra : columns.extraColumns())
            if (!columns.value(row, extra).isEmpty())
                form.settingsExtra.insert(extra, columns.value(row, extra));
    }
    const Columns surveyColumns(survey->rows.first());
    for (const char* required : {"type", "name"})
        if (!surveyColumns.has(QString::fromLatin1(required)))
            error(tr("survey sheet, row 1"), tr("there is no “%1” column").arg(QLatin1String(required)));
    if (QuestionnaireValidator::hasErrors(*problems))
        return std::nullopt;

    // Languages: every label::X column's X, the default one first.
    QStringList labels = surveyColumns.languageLabels();
    if (choicesSheet && !choicesSheet->rows.isEmpty())
        for (const QString& label : Columns(choicesSheet->rows.first()).languageLabels())
            if (!labels.contains(label))
                labels << label;
    const bool plainLabels = surveyColumns.has(QStringLiteral("label"));
    if (defaultLabel.isEmpty() && plainLabels) {
        // A plain "label" column is the default language's; pyxform calls it "default". Unless a
        // column names English, it is taken for English.
        defaultLabel = QStringLiteral("English (en)");
        for (const QString& label : labels)
            if (OdkNames::languageCode(label) == QLatin1String("en"))
                defaultLabel = label;
    }
    if (defaultLabel.isEmpty()) {
        // Without a default_language setting, the language with the most labels is the source.
        defaultLabel = labels.isEmpty() ? QStringLiteral("English (en)") : labels.first();
        int most = -1;
        for (const QString& label : labels) {
            int count = 0;
            for (qsizetype r = 1; r < survey->rows.size(); ++r)
                count += surveyColumns.texts(survey->rows.at(r), QStringLiteral("label"), QString()).contains(label) ? 1 : 0;
            if (count > most) {
                most = count;
                defaultLabel = label;
            }
        }
    }
    if (!labels.contains(defaultLabel))
        labels.prepend(defaultLabel);
    else
        labels.move(labels.indexOf(defaultLabel), 0);
    QHash<QString, QString> codeOfLabel;
    for (const QString& label : labels) {
        QString code = OdkNames::languageCode(label);
        if (code.isEmpty()) {
            code = label.toLower().left(8).remove(QLatin1Char(' '));
            problems->append({Severity::Warning, QString(),
                              tr("the language “%1” has no code such as “(en)”; it becomes “%2”").arg(label, code)});
        }
        codeOfLabel.insert(label, code);
        if (!form.languages.contains(code))
            form.languages << code;
    }
    form.defaultLanguage = form.languages.first();
    auto localized = [&](const QMap<QString, QString>& texts) {
        LocalizedText result;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            result.insert(codeOfLabel.value(it.key(), OdkNames::languageCode(it.key())), it.value());
        return result;
    };

    for (qsizetype r = 1; r < survey->rows.size(); ++r) {
        const QStringList& cells = survey->rows.at(r);
        OdkRow row;
        row.type = normalisedType(surveyColumns.value(cells, QStringLiteral("type")));
        if (row.type.isEmpty()) {
            // pyxform skips an empty row, and refuses a row with a name but no type.
            const QString name = surveyColumns.value(cells, QStringLiteral("name"));
            if (!name.isEmpty())
                problems->append({Severity::Warning, tr("survey sheet, row %1").arg(r + 1),
                                  tr("“%1” has no type: left out").arg(name)});
            continue;
        }
        row.line = int(r + 1);
        row.name = surveyColumns.value(cells, QStringLiteral("name"));
        row.label = localized(surveyColumns.texts(cells, QStringLiteral("label"), defaultLabel));
        row.hint = localized(surveyColumns.texts(cells, QStringLiteral("hint"), defaultLabel));
        row.requiredMessage = localized(surveyColumns.texts(cells, QStringLiteral("required_message"), defaultLabel));
        row.constraintMessage = localized(surveyColumns.texts(cells, QStringLiteral("constraint_message"), defaultLabel));
        row.required = surveyColumns.value(cells, QStringLiteral("required"));
        row.relevant = surveyColumns.value(cells, QStringLiteral("relevant"));
        row.constraint = surveyColumns.value(cells, QStringLiteral("constraint"));
        row.calculation = surveyColumns.value(cells, QStringLiteral("calculation"));
        row.appearance = surveyColumns.value(cells, QStringLiteral("appearance"));
        row.defaultValue = surveyColumns.value(cells, QStringLiteral("default"));
        const QString parameters = surveyColumns.value(cells, QStringLiteral("parameters"));
        if (!parameters.isEmpty())
            row.extra.insert(QStringLiteral("parameters"), parameters);
        for (const QString& extra : surveyColumns.extraColumns())
            if (!surveyColumns.value(cells, extra).isEmpty())
                row.extra.insert(extra, surveyColumns.value(cells, extra));
        for (const QString& extra : surveyColumns.extraTextColumns()) {
            const LocalizedText texts = localized(surveyColumns.texts(cells, extra, defaultLabel));
            if (!texts.isEmpty())
                row.extraTexts.insert(extra, texts);
        }
        if (row.name.isEmpty() && row.baseType() != QLatin1String("end_group") && row.baseType() != QLatin1String("end_repeat"))
            error(tr("survey sheet, row %1").arg(row.line), tr("the %1 row has no name").arg(row.type));
        form.rows.push_back(row);
    }

    if (choicesSheet && !choicesSheet->rows.isEmpty()) {
        const Columns columns(choicesSheet->rows.first());
        for (qsizetype r = 1; r < choicesSheet->rows.size(); ++r) {
            const QStringList& cells = choicesSheet->rows.at(r);
            const QString listName = columns.value(cells, QStringLiteral("list_name"));
            if (listName.isEmpty())
                continue;
            OdkChoice choice;
            choice.line = int(r + 1);
            choice.name = columns.value(cells, QStringLiteral("name"));
            choice.label = localized(columns.texts(cells, QStringLiteral("label"), defaultLabel));
            for (const QString& extra : columns.extraColumns())
                if (!columns.value(cells, extra).isEmpty())
                    choice.extra.insert(extra, columns.value(cells, extra));
            if (choice.name.isEmpty())
                error(tr("choices sheet, row %1").arg(choice.line),
                      tr("a choice of list “%1” has no name").arg(listName));
            auto list = std::find_if(form.choiceLists.begin(), form.choiceLists.end(),
                                     [&](const OdkChoiceList& existing) { return existing.name == listName; });
            if (list == form.choiceLists.end()) {
                form.choiceLists.push_back({listName, {}});
                list = form.choiceLists.end() - 1;
            }
            list->choices.push_back(choice);
        }
    }

    // Structure: lists that exist, groups that close.
    int depth = 0;
    for (const OdkRow& row : form.rows) {
        const QString where = tr("survey sheet, row %1").arg(row.line);
        const QString base = row.baseType();
        if ((base == QLatin1String("select_one") || base == QLatin1String("select_multiple")) && !form.choiceList(row.listName()))
            error(where, tr("%1 uses the choice list “%2”, which the choices sheet does not have").arg(row.name, row.listName()));
        if (base == QLatin1String("begin_group") || base == QLatin1String("begin_repeat"))
            ++depth;
        if (base == QLatin1String("end_group") || base == QLatin1String("end_repeat")) {
            if (--depth < 0) {
                error(where, tr("“%1” closes a group that was never opened").arg(row.type));
                depth = 0;
            }
        }
    }
    if (depth > 0)
        error(QString(), tr("%n group(s) are opened in the survey sheet but never closed", nullptr, depth));
    if (form.title.isEmpty())
        form.title = QFileInfo(path).completeBaseName();
    if (form.id.isEmpty())
        form.id = QFileInfo(path).completeBaseName();
    if (QuestionnaireValidator::hasErrors(*problems))
        return std::nullopt;
    return form;
}
