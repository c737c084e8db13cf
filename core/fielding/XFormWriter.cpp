#include "XFormWriter.h"

#include "OdkNames.h"

#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace {

const QString kXForms = QStringLiteral("http://www.w3.org/2002/xforms");
const QString kXhtml = QStringLiteral("http://www.w3.org/1999/xhtml");
const QString kJavaRosa = QStringLiteral("http://openrosa.org/javarosa");
const QString kOdk = QStringLiteral("http://www.opendatakit.org/xforms");
const QString kOpenRosa = QStringLiteral("http://openrosa.org/xforms");

QString bindType(const QString& baseType)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("integer"), QStringLiteral("int")}, {QStringLiteral("decimal"), QStringLiteral("decimal")},
        {QStringLiteral("date"), QStringLiteral("date")},   {QStringLiteral("time"), QStringLiteral("time")},
    };
    return types.value(baseType, QStringLiteral("string"));
}

bool isGroupStart(const OdkRow& row)
{
    return row.type == QLatin1String("begin_group");
}

bool isGroupEnd(const OdkRow& row)
{
    return row.type == QLatin1String("end_group");
}

bool hasControl(const OdkRow& row)
{
    const QString base = row.baseType();
    return base != QLatin1String("calculate") && base != QLatin1String("hidden");
}

// The form's structure: each row's absolute path, and the tree for the instance and body.
class XFormBuilder
{
public:
    explicit XFormBuilder(const OdkForm& form)
        : m_form(form)
    {
        m_root = QStringLiteral("/data");
        QStringList stack{m_root};
        for (const OdkRow& row : form.rows) {
            if (isGroupEnd(row)) {
                if (stack.size() > 1)
                    stack.removeLast();
                m_paths.push_back(QString());
                continue;
            }
            const QString path = stack.last() + QLatin1Char('/') + row.name;
            m_paths.push_back(path);
            m_pathOfName.insert(row.name, path);
            if (isGroupStart(row))
                stack << path;
        }
    }

    QByteArray xml();

private:
    QString absolute(const QString& expression) const
    {
        static const QRegularExpression reference(QStringLiteral("\\$\\{([^}]+)\\}"));
        QString result;
        qsizetype last = 0;
        auto it = reference.globalMatch(expression);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            result += expression.mid(last, match.capturedStart() - last);
            result += m_pathOfName.value(match.captured(1), QStringLiteral("/data/") + match.captured(1));
            last = match.capturedEnd();
        }
        return result + expression.mid(last);
    }
    QString itextRef(const QString& id) const { return QStringLiteral("jr:itext('%1')").arg(id); }
    void writeInstance(QXmlStreamWriter& xml);
    void writeItext(QXmlStreamWriter& xml);
    void writeBinds(QXmlStreamWriter& xml);
    void writeBody(QXmlStreamWriter& xml);
    void writeControl(QXmlStreamWriter& xml, size_t index);

    const OdkForm& m_form;
    QString m_root;
    std::vector<QString> m_paths; // per row; empty for end_group
    QHash<QString, QString> m_pathOfName;
};

QByteArray XFormBuilder::xml()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeNamespace(kXhtml, QStringLiteral("h"));
    xml.writeNamespace(kJavaRosa, QStringLiteral("jr"));
    xml.writeNamespace(kOdk, QStringLiteral("odk"));
    xml.writeNamespace(kOpenRosa, QStringLiteral("orx"));
    xml.writeDefaultNamespace(kXForms);
    xml.writeStartElement(kXhtml, QStringLiteral("html"));
    xml.writeStartElement(kXhtml, QStringLiteral("head"));
    xml.writeTextElement(kXhtml, QStringLiteral("title"), m_form.title);
    xml.writeStartElement(kXForms, QStringLiteral("model"));
    xml.writeAttribute(kOdk, QStringLiteral("xforms-version"), QStringLiteral("1.0.0"));
    writeItext(xml);
    writeInstance(xml);
    writeBinds(xml);
    xml.writeEndElement(); // model
    xml.writeEndElement(); // head
    writeBody(xml);
    xml.writeEndElement(); // html
    xml.writeEndDocument();
    return out;
}

void XFormBuilder::writeInstance(QXmlStreamWriter& xml)
{
    xml.writeStartElement(kXForms, QStringLiteral("instance"));
    xml.writeStartElement(kXForms, QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("id"), m_form.id);
    xml.writeAttribute(QStringLiteral("version"), m_form.version);
    for (const OdkRow& row : m_form.rows) {
        if (isGroupEnd(row)) {
            xml.writeEndElement();
            continue;
        }
        if (isGroupStart(row)) {
            xml.writeStartElement(kXForms, row.name);
            continue;
        }
        if (row.defaultValue.isEmpty())
            xml.writeEmptyElement(kXForms, row.name);
        else
            xml.writeTextElement(kXForms, row.name, row.defaultValue);
    }
    xml.writeStartElement(kXForms, QStringLiteral("meta"));
    xml.writeEmptyElement(kXForms, QStringLiteral("instanceID"));
    xml.writeEndElement();
    xml.writeEndElement(); // data
    xml.writeEndElement(); // instance
}

void XFormBuilder::writeItext(QXmlStreamWriter& xml)
{
    xml.writeStartElement(kXForms, QStringLiteral("itext"));
    for (const QString& language : m_form.languages) {
        xml.writeStartElement(kXForms, QStringLiteral("translation"));
        xml.writeAttribute(QStringLiteral("lang"), OdkNames::languageLabel(language));
        if (language == m_form.defaultLanguage)
            xml.writeAttribute(QStringLiteral("default"), QStringLiteral("true()"));
        auto text = [&](const QString& id, const LocalizedText& texts) {
            // Every translation gets every id (the default language's text standing in), so no
            // label ever falls back to an id.
            QString value = texts.value(language);
            if (value.isEmpty())
                value = texts.value(m_form.defaultLanguage);
            if (value.isEmpty() && !texts.isEmpty())
                value = texts.first();
            xml.writeStartElement(kXForms, QStringLiteral("text"));
            xml.writeAttribute(QStringLiteral("id"), id);
            xml.writeTextElement(kXForms, QStringLiteral("value"), value);
            xml.writeEndElement();
        };
        for (size_t i = 0; i < m_form.rows.size(); ++i) {
            const OdkRow& row = m_form.rows[i];
            const QString& path = m_paths[i];
            if (isGroupEnd(row) || !hasControl(row))
                continue;
            if (!row.label.isEmpty())
                text(path + QStringLiteral(":label"), row.label);
            if (!row.hint.isEmpty())
                text(path + QStringLiteral(":hint"), row.hint);
            if (!row.constraintMessage.isEmpty())
                text(path + QStringLiteral(":jr:constraintMsg"), row.constraintMessage);
            if (!row.requiredMessage.isEmpty())
                text(path + QStringLiteral(":jr:requiredMsg"), row.requiredMessage);
            if (const OdkChoiceList* list = m_form.choiceList(row.listName())) {
                for (const OdkChoice& choice : list->choices)
                    text(path + QLatin1Char('/') + choice.name + QStringLiteral(":label"), choice.label);
            }
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void XFormBuilder::writeBinds(QXmlStreamWriter& xml)
{
    for (size_t i = 0; i < m_form.rows.size(); ++i) {
        const OdkRow& row = m_form.rows[i];
        if (isGroupEnd(row))
            continue;
        const bool group = isGroupStart(row);
        if (group && row.relevant.isEmpty())
            continue;
        xml.writeEmptyElement(kXForms, QStringLiteral("bind"));
        xml.writeAttribute(QStringLiteral("nodeset"), m_paths[i]);
        if (!group)
            xml.writeAttribute(QStringLiteral("type"), bindType(row.baseType()));
        if (!row.relevant.isEmpty())
            xml.writeAttribute(QStringLiteral("relevant"), absolute(row.relevant));
        if (!row.required.isEmpty())
            xml.writeAttribute(QStringLiteral("required"), absolute(row.required));
        if (!row.requiredMessage.isEmpty())
            xml.writeAttribute(kJavaRosa, QStringLiteral("requiredMsg"), itextRef(m_paths[i] + QStringLiteral(":jr:requiredMsg")));
        if (!row.constraint.isEmpty())
            xml.writeAttribute(QStringLiteral("constraint"), absolute(row.constraint));
        if (!row.constraintMessage.isEmpty())
            xml.writeAttribute(kJavaRosa, QStringLiteral("constraintMsg"),
                               itextRef(m_paths[i] + QStringLiteral(":jr:constraintMsg")));
        if (!row.calculation.isEmpty()) {
            xml.writeAttribute(QStringLiteral("calculate"), absolute(row.calculation));
            xml.writeAttribute(QStringLiteral("readonly"), QStringLiteral("true()"));
        }
    }
    xml.writeEmptyElement(kXForms, QStringLiteral("bind"));
    xml.writeAttribute(QStringLiteral("nodeset"), m_root + QStringLiteral("/meta/instanceID"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
    xml.writeAttribute(QStringLiteral("readonly"), QStringLiteral("true()"));
    xml.writeAttribute(kJavaRosa, QStringLiteral("preload"), QStringLiteral("uid"));
}

void XFormBuilder::writeBody(QXmlStreamWriter& xml)
{
    xml.writeStartElement(kXhtml, QStringLiteral("body"));
    for (size_t i = 0; i < m_form.rows.size(); ++i) {
        const OdkRow& row = m_form.rows[i];
        if (isGroupEnd(row)) {
            xml.writeEndElement();
            continue;
        }
        if (isGroupStart(row)) {
            xml.writeStartElement(kXForms, QStringLiteral("group"));
            xml.writeAttribute(QStringLiteral("ref"), m_paths[i]);
            if (!row.appearance.isEmpty())
                xml.writeAttribute(QStringLiteral("appearance"), row.appearance);
            if (!row.label.isEmpty()) {
                xml.writeEmptyElement(kXForms, QStringLiteral("label"));
                xml.writeAttribute(QStringLiteral("ref"), itextRef(m_paths[i] + QStringLiteral(":label")));
            }
            continue;
        }
        if (hasControl(row))
            writeControl(xml, i);
    }
    xml.writeEndElement();
}

void XFormBuilder::writeControl(QXmlStreamWriter& xml, size_t index)
{
    const OdkRow& row = m_form.rows[index];
    const QString& path = m_paths[index];
    const QString base = row.baseType();
    const QString element = base == QLatin1String("select_one")        ? QStringLiteral("select1")
                            : base == QLatin1String("select_multiple") ? QStringLiteral("select")
                                                                       : QStringLiteral("input");
    xml.writeStartElement(kXForms, element);
    xml.writeAttribute(QStringLiteral("ref"), path);
    if (!row.appearance.isEmpty())
        xml.writeAttribute(QStringLiteral("appearance"), row.appearance);
    xml.writeEmptyElement(kXForms, QStringLiteral("label"));
    xml.writeAttribute(QStringLiteral("ref"), itextRef(path + QStringLiteral(":label")));
    if (!row.hint.isEmpty()) {
        xml.writeEmptyElement(kXForms, QStringLiteral("hint"));
        xml.writeAttribute(QStringLiteral("ref"), itextRef(path + QStringLiteral(":hint")));
    }
    if (const OdkChoiceList* list = m_form.choiceList(row.listName())) {
        for (const OdkChoice& choice : list->choices) {
            xml.writeStartElement(kXForms, QStringLiteral("item"));
            xml.writeEmptyElement(kXForms, QStringLiteral("label"));
            xml.writeAttribute(QStringLiteral("ref"), itextRef(path + QLatin1Char('/') + choice.name + QStringLiteral(":label")));
            xml.writeTextElement(kXForms, QStringLiteral("value"), choice.name);
            xml.writeEndElement();
        }
    }
    xml.writeEndElement();
}

} // namespace

QByteArray XFormWriter::toXml(const OdkForm& form)
{
    return XFormBuilder(form).xml();
}

bool XFormWriter::write(const QString& path, const OdkForm& form, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toXml(form)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
