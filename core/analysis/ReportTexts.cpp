#include "ReportTexts.h"

#include "i18n/Translations.h"

ReportTexts::ReportTexts(const QString& language)
    : m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_locale(m_language)
    , m_translator(std::make_shared<QTranslator>())
{
    (void)Translations::load(m_translator.get(), m_locale); // without any file the English sources show
    if (m_locale.language() == QLocale::C)
        m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString ReportTexts::text(const char* source, int n) const
{
    const QString translated = m_translator->translate("ReportTexts", source, nullptr, n);
    QString result = translated.isEmpty() ? QString::fromUtf8(source) : translated;
    if (n >= 0)
        result.replace(QLatin1String("%n"), m_locale.toString(n));
    return result;
}

QString ReportTexts::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}
