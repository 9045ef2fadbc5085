/{{name}}:
  get:
    tags: [{{name}}]
    operationId: get{{Name}}
    summary: What the {{tag}} element shows (a stub written by npm run create; replace it).
    responses:
      '200':
        description: A title and a few items.
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [title, items]
              properties:
                title: { type: string, minLength: 1 }
                items: { type: array, items: { type: string } }
      '401': { $ref: '#/components/responses/Unauthenticated' }
      '429': { $ref: '#/components/responses/RateLimited' }
      '431': { $ref: '#/components/responses/HeadersTooLarge' }
      '500': { $ref: '#/components/responses/Internal' }
