<?php

namespace Drupal\chorus\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\Block\BlockBase;
use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\StringTranslation\TranslatableMarkup;

/**
 * A Chorus widget inside a <chorus-provider> for the configured API.
 *
 * Rendered as nested html_tag elements (never #markup, whose filter would drop the custom
 * elements); every value is checked against what the widget takes, and Drupal escapes attributes.
 */
#[Block(
  id: 'chorus_widget',
  admin_label: new TranslatableMarkup('Chorus widget'),
  category: new TranslatableMarkup('Chorus'),
)]
class ChorusBlock extends BlockBase {

  const WIDGETS = [
    'kudos-wall' => 'Kudos wall',
    'poll' => 'Poll',
    'feedback-box' => 'Feedback box',
    'leaderboard' => 'Leaderboard',
    'share-card' => 'Share card',
    'share-feed' => 'Share feed',
    'post-composer' => 'Post composer',
  ];

  public function defaultConfiguration(): array {
    return ['widget' => 'kudos-wall', 'endpoint' => '/api/chorus', 'subject' => '', 'heading' => '', 'theme' => 'auto'];
  }

  public function blockForm($form, FormStateInterface $form_state): array {
    $form['widget'] = ['#type' => 'select', '#title' => $this->t('Widget'), '#options' => self::WIDGETS, '#default_value' => $this->configuration['widget']];
    $form['endpoint'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Chorus API endpoint'),
      '#description' => $this->t('e.g. /api/chorus, or https://chorus.example.com/api/chorus (its CHORUS_CORS_ORIGINS must name this site).'),
      '#default_value' => $this->configuration['endpoint'],
      '#required' => TRUE,
    ];
    $form['subject'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Poll id or post id'),
      '#description' => $this->t('For a poll or a share card.'),
      '#default_value' => $this->configuration['subject'],
      '#pattern' => '[A-Za-z0-9._:\-]{0,100}',
    ];
    $form['heading'] = ['#type' => 'textfield', '#title' => $this->t('Heading'), '#default_value' => $this->configuration['heading'], '#maxlength' => 200];
    $form['theme'] = [
      '#type' => 'select',
      '#title' => $this->t('Theme'),
      '#options' => ['auto' => $this->t('Follow the site and the system'), 'light' => $this->t('Light'), 'dark' => $this->t('Dark')],
      '#default_value' => $this->configuration['theme'],
    ];
    return $form;
  }

  public function blockSubmit($form, FormStateInterface $form_state): void {
    foreach (['widget', 'endpoint', 'subject', 'heading', 'theme'] as $key) {
      $this->configuration[$key] = trim((string) $form_state->getValue($key));
    }
  }

  public function build(): array {
    $c = $this->configuration;
    $widget = isset(self::WIDGETS[$c['widget']]) ? $c['widget'] : 'kudos-wall';
    $attributes = [];
    if ($widget === 'poll') {
      $attributes['poll-id'] = $c['subject'];
    }
    if ($widget === 'share-card') {
      $attributes['post-id'] = $c['subject'];
    }
    if ($c['heading'] !== '' && in_array($widget, ['kudos-wall', 'feedback-box', 'leaderboard'], TRUE)) {
      $attributes['heading'] = $c['heading'];
    }
    if (in_array($c['theme'], ['light', 'dark'], TRUE)) {
      $attributes['theme'] = $c['theme'];
    }
    return [
      '#type' => 'html_tag',
      '#tag' => 'chorus-provider',
      '#attributes' => ['endpoint' => $c['endpoint'], 'locale' => substr(\Drupal::languageManager()->getCurrentLanguage()->getId(), 0, 2)],
      'widget' => ['#type' => 'html_tag', '#tag' => 'chorus-' . $widget, '#attributes' => $attributes],
      '#attached' => ['library' => ['chorus/widgets']],
    ];
  }

}
