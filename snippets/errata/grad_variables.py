import warnings

import torch

torch.manual_seed(0)

x = torch.tensor([1.0, 2.0], requires_grad=True)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.autograd.backward(3 * x, grad_variables=torch.ones(2))  # (1)!
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
print("with grad_variables=:", x.grad)

x.grad = None
torch.autograd.backward(3 * x, grad_tensors=torch.ones(2))  # (2)!
print("with grad_tensors=:  ", x.grad)

for call in (
    lambda: torch.autograd.backward(variables=3 * x, grad_tensors=torch.ones(2)),  # (3)!
    lambda: (3 * x).backward(grad_variables=torch.ones(2)),  # (4)!
):
    try:
        call()
    except TypeError as error:
        print(f"TypeError: {error}")
