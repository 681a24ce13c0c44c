// Fails an operation that has no 4xx response with an application/problem+json body.
export default function hasProblemResponse(operation) {
  const responses = (operation && operation.responses) || {};
  const ok = Object.entries(responses).some(
    ([status, response]) =>
      /^4\d\d$/.test(status) &&
      response &&
      response.content &&
      response.content['application/problem+json'],
  );
  return ok ? [] : [{ message: 'No 4xx response documented as application/problem+json.' }];
}
