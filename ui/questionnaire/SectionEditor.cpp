#include "SectionEditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

SectionEditor::SectionEditor(QWidget* parent)
    : QWidget(parent)
    , m_codeEdit(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_weight(new QDoubleSpinBox(this))
{
    m_weight->setRange(-1, 100);
    m_weight->setDecimals(1);
    m_weight->setSpecialValueText(tr("no weight"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Code:"), m_codeEdit);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Weight:"), m_weight);

    connect(m_codeEdit, &QLineEdit::editingFinished, this, [this] {
        const QString code = m_codeEdit->text().trimmed();
        if (code != m_code)
            change(tr("Rename section %1 to %2").arg(m_code, code), QStringLiteral("code"), [code](Section& s, QString*) {
                s.code = code;
                return true;
            });
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        const QString title = m_title->text();
        const QString language = m_language;
        change(tr("Edit the title of %1").arg(m_code), QStringLiteral("title/") + language, [title, language](Section& s, QString*) {
            s.title.insert(language, title);
            return true;
        });
    });
    connect(m_weight, &QDoubleSpinBox::editingFinished, this, [this] {
        const std::optional<double> weight = m_weight->value() < 0 ? std::nullopt : std::optional<double>(m_weight->value());
        change(tr("Change the weight of %1").arg(m_code), QStringLiteral("weight"), [weight](Section& s, QString*) {
            s.weight = weight;
            return true;
        });
    });
}

void SectionEditor::change(const QString& text, const QString& field, const SectionChange& body)
{
    if (!m_loading && m_apply && !m_code.isEmpty())
        m_apply(text, QStringLiteral("section/%1/%2").arg(m_code, field), body);
}

void SectionEditor::setSection(const Questionnaire& questionnaire, const QString& code, const QString& language,
                               bool editable)
{
    Questionnaire copy = questionnaire;
    const Section* section = copy.findSection(code);
    if (!section)
        return;
    m_loading = true;
    m_code = code;
    m_language = language;
    if (m_codeEdit->text() != code)
        m_codeEdit->setText(code);
    if (m_title->text() != section->title.value(language))
        m_title->setText(section->title.value(language));
    m_title->setPlaceholderText(section->title.value(questionnaire.sourceLanguage));
    m_weight->setValue(section->weight.value_or(-1));
    m_codeEdit->setReadOnly(!editable);
    m_title->setReadOnly(!editable);
    m_weight->setEnabled(editable);
    m_loading = false;
}
