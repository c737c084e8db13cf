#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {
QString translated(const char* language, int n)
{
    QTranslator translator;
    EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/shopscope_%1.qm").arg(QLatin1String(language))));
    return translator.translate("ProjectChecker", "%n report(s) belong to visits that were never carried out", nullptr, n)
        .replace(QStringLiteral("%n"), QString::number(n));
}
} // namespace

// Plural forms follow each language's rules in Qt's order (Latvian: singular, plural, zero).
TEST(Translations, PluralFormsFollowEachLanguagesRules)
{
    EXPECT_EQ(translated("en", 1), QStringLiteral("1 report belongs to visits that were never carried out"));
    EXPECT_EQ(translated("en", 3), QStringLiteral("3 reports belong to visits that were never carried out"));
    // Latvian: 1 and 21 take the singular, 11 and 125 the plural.
    const QString one = translated("lv", 1);
    EXPECT_EQ(translated("lv", 21).mid(3), one.mid(2)) << translated("lv", 21).toStdString();
    EXPECT_NE(translated("lv", 11).mid(3), one.mid(2)) << translated("lv", 11).toStdString();
    EXPECT_EQ(translated("lv", 125).mid(4), translated("lv", 5).mid(2)) << translated("lv", 125).toStdString();
    EXPECT_NE(translated("lv", 5).mid(2), one.mid(2));
    // Polish: 1; 2-4 (not 12-14); the rest.
    EXPECT_NE(translated("pl", 2).mid(2), translated("pl", 5).mid(2));
    EXPECT_EQ(translated("pl", 22).mid(3), translated("pl", 2).mid(2));
    EXPECT_EQ(translated("pl", 12).mid(3), translated("pl", 5).mid(2));
    EXPECT_FALSE(translated("sv", 1).isEmpty());
}
