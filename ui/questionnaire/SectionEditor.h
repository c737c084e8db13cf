#pragma once

#include "questionnaire/Questionnaire.h"

#include <QWidget>

#include <functional>

class QDoubleSpinBox;
class QLineEdit;

// The properties of one section: code, title in the chosen language, weight.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    using SectionChange = std::function<bool(Section&, QString*)>;
    using Apply = std::function<bool(const QString&, const QString&, const SectionChange&)>;

    explicit SectionEditor(QWidget* parent = nullptr);
    void setApply(Apply apply) { m_apply = std::move(apply); }
    void setSection(const Questionnaire& questionnaire, const QString& code, const QString& language, bool editable);

    QLineEdit* titleEdit() const { return m_title; }
    QDoubleSpinBox* weightSpin() const { return m_weight; }

private:
    void change(const QString& text, const QString& field, const SectionChange& body);

    Apply m_apply;
    QString m_code;
    QString m_language;
    bool m_loading = false;
    QLineEdit* m_codeEdit;
    QLineEdit* m_title;
    QDoubleSpinBox* m_weight;
};
