#include "OdkNames.h"

#include <QLocale>
#include <QRegularExpression>

namespace OdkNames {

bool isXmlName(const QString& name)
{
    // The ASCII subset of XML's NCName; question codes are ASCII already.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*$"));
    return pattern.match(name).hasMatch();
}

QString nodeName(const QString& code)
{
    return isXmlName(code) ? code : QLatin1Char('_') + code;
}

QString codeOfNodeName(const QString& name)
{
    if (name.size() > 1 && name.front() == QLatin1Char('_') && !isXmlName(name.mid(1)))
        return name.mid(1);
    return name;
}

QString languageLabel(const QString& code)
{
    const QLocale locale(code);
    const QString name = locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
    return QStringLiteral("%1 (%2)").arg(name, code);
}

QString languageCode(const QString& label)
{
    static const QRegularExpression inParentheses(QStringLiteral("\\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\\)\\s*$"));
    const QRegularExpressionMatch match = inParentheses.match(label);
    if (match.hasMatch())
        return match.captured(1).toLower();
    const QString name = label.trimmed();
    for (int language = QLocale::AnyLanguage + 1; language <= QLocale::LastLanguage; ++language) {
        const auto candidate = QLocale::Language(language);
        if (QLocale::languageToString(candidate).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QString code = QLocale(candidate).name().section(QLatin1Char('_'), 0, 0);
        return code == QLatin1String("C") ? QString() : code;
    }
    return {};
}

} // namespace OdkNames
