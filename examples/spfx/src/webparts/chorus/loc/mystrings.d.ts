declare interface IChorusWebPartStrings {
  PropertyPaneDescription: string;
  BackendGroupName: string;
  WidgetGroupName: string;
  WidgetFieldLabel: string;
  EndpointFieldLabel: string;
  EndpointFieldDescription: string;
  ApiResourceFieldLabel: string;
  ApiResourceFieldDescription: string;
  PollIdFieldLabel: string;
  PostIdFieldLabel: string;
  HeadingFieldLabel: string;
  NoEndpoint: string;
}

declare module 'ChorusWebPartStrings' {
  const strings: IChorusWebPartStrings;
  export = strings;
}
