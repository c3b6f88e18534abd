import torch

torch.manual_seed(0)

lr, momentum, dampening = 0.1, 0.9, 0.5
grad = torch.tensor([1.0, -2.0])

w = torch.zeros(2, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=lr, momentum=momentum, dampening=dampening)
w.grad = grad.clone()
optimizer.step()

p = torch.zeros(2)
buf = torch.zeros(2)
buf.mul_(momentum).add_(grad, alpha=1 - dampening)
p.add_(buf, alpha=-lr)

print("torch.optim.SGD after step 1:", w.detach())
print("hand-written    after step 1:", p)
