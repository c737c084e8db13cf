#include "XlsFormWriter.h"

#include "OdkNames.h"
#include "io/XlsxWriter.h"

namespace {

// The header of a per-language column: "label::English (en)".
QString languageColumn(const QString& column, const QString& language)
{
    return column + QStringLiteral("::") + OdkNames::languageLabel(language);
}

// Builds a sheet column by column, so only columns some row uses are written.
class SheetTable
{
public:
    int column(const QString& header)
    {
        const qsizetype index = m_header.indexOf(header);
        if (index >= 0)
            return int(index);
        m_header << header;
        return int(m_header.size() - 1);
    }
    void set(QStringList& row, const QString& header, const QString& value)
    {
        if (value.isEmpty())
            return;
        const int index = column(header);
        while (row.size() <= index)
            row << QString();
        row[index] = value;
    }
    XlsFormWriter::Sheet sheet(const QString& name, QList<QStringList> rows) const
    {
        for (QStringList& row : rows)
            while (row.size() < m_header.size())
                row << QString();
        rows.prepend(m_header);
        return {name, rows};
    }

private:
    QStringList m_header;
};

} // namespace

QList<XlsFormWriter::Sheet> XlsFormWriter::sheets(const OdkForm& form)
{
    QList<Sheet> result;

    SheetTable survey;
    for (const char* column : {"type", "name"})
        survey.column(QString::fromLatin1(column));
    for (const QString& language : form.languages)
        survey.column(languageColumn(QStringLiteral("label"), language));
    QList<QStringList> surveyRows;
    for (const OdkRow& row : form.rows) {
        QStringList cells;
        survey.set(cells, QStringLiteral("type"), row.type);
        survey.set(cells, QStringLiteral("name"), row.name);
        auto texts = [&](const QString& column, const LocalizedText& values) {
            for (const QString& language : form.languages)
                survey.set(cells, languageColumn(column, language), values.value(language));
        };
        texts(QStringLiteral("label"), row.label);
        texts(QStringLiteral("hint"), row.hint);
        survey.set(cells, QStringLiteral("required"), row.required == QLatin1String("true()") ? QStringLiteral("yes") : row.required);
        texts(QStringLiteral("required_message"), row.requiredMessage);
        survey.set(cells, QStringLiteral("relevant"), row.relevant);
        survey.set(cells, QStringLiteral("constraint"), row.constraint);
        texts(QStringLiteral("constraint_message"), row.constraintMessage);
        survey.set(cells, QStringLiteral("calculation"), row.calculation);
        survey.set(cells, QStringLiteral("appearance"), row.appearance);
        survey.set(cells, QStringLiteral("default"), row.defaultValue);
        for (auto it = row.extra.cbegin(); it != row.extra.cend(); ++it)
            survey.set(cells, it.key(), it.value());
        for (auto it = row.extraTexts.cbegin(); it != row.extraTexts.cend(); ++it)
            texts(it.key(), it.value());
        surveyRows << cells;
    }
    result << survey.sheet(QStringLiteral("survey"), surveyRows);

    SheetTable choices;
    for (const char* column : {"list_name", "name"})
        choices.column(QString::fromLatin1(column));
    QList<QStringList> choiceRows;
    for (const OdkChoiceList& list : form.choiceLists) {
        for (const OdkChoice& choice : list.choices) {
            QStringList cells;
            choices.set(cells, QStringLiteral("list_name"), list.name);
            choices.set(cells, QStringLiteral("name"), choice.name);
            for (const QString& language : form.languages)
                choices.set(cells, languageColumn(QStringLiteral("label"), language), choice.label.value(language));
            for (auto it = choice.extra.cbegin(); it != choice.extra.cend(); ++it)
                choices.set(cells, it.key(), it.value());
            choiceRows << cells;
        }
    }
    result << choices.sheet(QStringLiteral("choices"), choiceRows);

    SheetTable settings;
    QStringList settingsRow;
    settings.set(settingsRow, QStringLiteral("form_title"), form.title);
    settings.set(settingsRow, QStringLiteral("form_id"), form.id);
    settings.set(settingsRow, QStringLiteral("version"), form.version);
    settings.set(settingsRow, QStringLiteral("default_language"), OdkNames::languageLabel(form.defaultLanguage));
    for (auto it = form.settingsExtra.cbegin(); it != form.settingsExtra.cend(); ++it)
        settings.set(settingsRow, it.key(), it.value());
    result << settings.sheet(QStringLiteral("settings"), {settingsRow});
    return result;
}

bool XlsFormWriter::write(const QString& path, const OdkForm& form, QString* error)
{
    QList<XlsxWriter::Sheet> workbook;
    for (const Sheet& sheet : sheets(form))
        workbook << XlsxWriter::Sheet{sheet.name, sheet.rows, {}};
    return XlsxWriter::write(path, workbook, error);
}
