define([], function () {
  return {
    PropertyPaneDescription: 'A Chorus widget, talking to your Chorus backend.',
    BackendGroupName: 'Backend',
    WidgetGroupName: 'Widget',
    WidgetFieldLabel: 'Widget',
    EndpointFieldLabel: 'API endpoint',
    EndpointFieldDescription: 'The Chorus API, e.g. https://chorus.contoso.com/api/chorus (its CHORUS_CORS_ORIGINS must name this site).',
    ApiResourceFieldLabel: 'Entra ID application (API) ID URI',
    ApiResourceFieldDescription: 'e.g. api://chorus-api; requests then carry a bearer token for the signed-in person. Empty: cookies of the API’s own sign-in.',
    PollIdFieldLabel: 'Poll id',
    PostIdFieldLabel: 'Post id',
    HeadingFieldLabel: 'Heading (optional)',
    NoEndpoint: 'Set the API endpoint in this web part’s properties.',
  };
});
